package vn.lotrinh.planner.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port with three configured users: {@code an} and {@code chi}, each a
 * {@link Role#PLANNER} with a {@code {noop}} password, and {@code binh}, a {@link Role#VIEWER} with a
 * {@code {bcrypt}} one. Every class with
 * exactly this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "lotrinh.users[0].username=" + UsersApiTest.PLANNER,
    "lotrinh.users[0].password={noop}" + UsersApiTest.PLANNER_PASSWORD,
    "lotrinh.users[0].role=PLANNER",
    "lotrinh.users[1].username=" + UsersApiTest.VIEWER,
    "lotrinh.users[1].password={bcrypt}" + UsersApiTest.VIEWER_PASSWORD_BCRYPT,
    "lotrinh.users[1].role=viewer",
    "lotrinh.users[2].username=" + UsersApiTest.SECOND_PLANNER,
    "lotrinh.users[2].password={noop}" + UsersApiTest.SECOND_PLANNER_PASSWORD,
    "lotrinh.users[2].role=PLANNER"})
@ActiveProfiles("test")
public @interface UsersApiTest {

    String PLANNER = "an";
    String PLANNER_PASSWORD = "mat-khau-an-7Qx";
    String SECOND_PLANNER = "chi";
    String SECOND_PLANNER_PASSWORD = "mat-khau-chi";
    String VIEWER = "binh";
    String VIEWER_PASSWORD = "mat-khau-binh";
    /** {@link #VIEWER_PASSWORD} encoded by BCrypt at strength 4, so that the tests check passwords fast. */
    String VIEWER_PASSWORD_BCRYPT = "$2a$04$imsMV3nqJvY1QRHyDkzZguWBdmWLnazzJ0VMmuRqf3Mirk7cBcs4m";
}
