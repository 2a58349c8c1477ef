package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.api.TestDatabase;

/** The service under test runs on the database the run asked for, so that the PostgreSQL run is not H2 in disguise. */
@ApiTest
class TestDatabaseApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnTheDatabaseOfTheTestRun() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
        }
    }
}
