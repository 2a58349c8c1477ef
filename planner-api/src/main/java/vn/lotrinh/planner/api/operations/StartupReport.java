package vn.lotrinh.planner.api.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.solve.PoolLoad;
import vn.lotrinh.planner.api.solve.SolveQueue;

/**
 * One start-up line, {@code key=value}, that tells an operator what the service runs on: the database (its URL
 * without credentials, product and version) and the solve pool.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final SolveQueue queue;

    StartupReport(DataSource dataSource, SolveQueue queue) {
        this.dataSource = dataSource;
        this.queue = queue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        PoolLoad pool = queue.load();
        log.info("service ready: {} solveThreads={} solveQueueCapacity={}", database(), pool.threads(),
                pool.queueCapacity());
    }

    /** {@code database=<url> databaseProduct="<name> <version>"}, from one connection. */
    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return "database=" + withoutCredentials(meta.getURL()) + " databaseProduct=\""
                    + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + "\"";
        } catch (SQLException e) {
            return "database=unreadable (" + e.getMessage() + ")";
        }
    }

    /** A JDBC URL without {@code user=} and {@code password=} parameters or {@code user:password@}. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)([?;&](user|password)=)[^;&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}
