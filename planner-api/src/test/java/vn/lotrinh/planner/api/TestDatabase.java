package vn.lotrinh.planner.api;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database the service's tests run on: H2 in memory (or in a file, for restarts) by default, and a throwaway
 * PostgreSQL server ({@link ThrowawayPostgres}) when the system property {@code lotrinh.test.database} is
 * {@code postgres}, as the {@code postgres} execution of planner-api's build sets it. Every application context gets a
 * database of its own: an H2 database of its own, or a PostgreSQL schema of its own that Flyway creates.
 */
public final class TestDatabase {

    static final String PROPERTY = "lotrinh.test.database";
    /** The PostgreSQL server's address, set by {@link ThrowawayPostgres} for the postgres profile to read. */
    static final String URL_PROPERTY = "PLANNER_DB_URL";

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    /** The profiles a test context runs with: {@code test}, then {@code postgres} on PostgreSQL. */
    public static String[] profiles() {
        return postgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }

    /**
     * The address of a database that outlives one context, for tests that stop the service and start it again: an H2
     * file in {@code directory}, or a PostgreSQL schema of its own.
     */
    public static String lasting(Path directory, String name) {
        if (postgres()) {
            return System.getProperty(URL_PROPERTY).replaceFirst("currentSchema=[^&]*",
                    "currentSchema=" + name + "_" + UUID.randomUUID().toString().replace("-", ""));
        }
        return "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** {@link #profiles()} for {@code @ActiveProfiles(resolver = …)}. */
    public static final class Profiles implements ActiveProfilesResolver {

        @Override
        public String[] resolve(Class<?> testClass) {
            return profiles();
        }
    }
}
