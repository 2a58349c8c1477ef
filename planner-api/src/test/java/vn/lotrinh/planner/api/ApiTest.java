package vn.lotrinh.planner.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port with a database of its own ({@link TestDatabase}: H2 in memory, or a schema
 * of the test PostgreSQL server), and an {@link ApiClient} of it to inject. Tagged {@code database}: the build runs
 * these tests on H2 and again on PostgreSQL. Every class with exactly this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@Tag("database")
@Import(ApiClient.class)
public @interface ApiTest {
}
