package vn.lotrinh.planner.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up line names the database, never its credentials. */
class StartupReportTest {

    @Test
    void credentialsInAJdbcUrlAreMasked() {
        assertThat(StartupReport.withoutCredentials("jdbc:postgresql://localhost:5432/planner?user=p&password=s3cret"))
                .isEqualTo("jdbc:postgresql://localhost:5432/planner?user=***&password=***");
        assertThat(StartupReport.withoutCredentials("jdbc:postgresql://planner:s3cret@db:5432/planner"))
                .isEqualTo("jdbc:postgresql://***@db:5432/planner");
        assertThat(StartupReport.withoutCredentials("jdbc:h2:file:./var/lotrinh;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:./var/lotrinh;DB_CLOSE_ON_EXIT=FALSE");
    }
}
