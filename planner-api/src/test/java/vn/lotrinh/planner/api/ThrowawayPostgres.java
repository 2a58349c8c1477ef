package vn.lotrinh.planner.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a PostgreSQL cluster of its own for a test run on PostgreSQL ({@link TestDatabase#postgres()}) before the
 * first test and removes it after the last: {@code initdb} into a temporary folder, trust authentication, a free port
 * on localhost, database {@code planner}; as user {@code postgres} when the run is root's, which PostgreSQL refuses.
 * Without the server's programs the run fails at once, naming the package to install. Registered as a JUnit launcher
 * session listener ({@code META-INF/services}); on H2 it does nothing.
 */
public final class ThrowawayPostgres implements LauncherSessionListener {

    private static final String PACKAGE_HINT = "the tests on PostgreSQL need a PostgreSQL server's programs (initdb, "
            + "pg_ctl, postgres): install Debian's package postgresql (apt-get install -y postgresql), or leave these "
            + "tests out with -DpostgresTests.skip=true";

    private Path folder;
    private Path bin;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!TestDatabase.postgres() || folder != null) {
            return;
        }
        bin = serverPrograms().orElseThrow(() -> new IllegalStateException(PACKAGE_HINT));
        try {
            folder = Files.createTempDirectory("lotrinh-postgres",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            int port = freePort();
            Path data = folder.resolve("data");
            if (root()) {
                exec(List.of("chown", "postgres:postgres", folder.toString()));
            }
            run(bin.resolve("initdb") + " -D " + data + " -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
            run(bin.resolve("pg_ctl") + " -D " + data + " -l " + folder.resolve("server.log") + " -w -o '-p " + port
                    + " -k " + folder + " -c listen_addresses=localhost -c fsync=off' start");
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
            run(bin.resolve("psql") + " -h localhost -p " + port + " -U postgres -q -c 'CREATE DATABASE planner'");
            // Each context's own schema: Flyway creates the schema of the search path when it is missing.
            System.setProperty(TestDatabase.URL_PROPERTY,
                    "jdbc:postgresql://localhost:" + port + "/planner?currentSchema=t${random.value}");
            System.setProperty("PLANNER_DB_USER", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    private synchronized void stop() {
        if (folder == null) {
            return;
        }
        try {
            run(bin.resolve("pg_ctl") + " -D " + folder.resolve("data") + " -m immediate -w stop");
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL server in " + folder + ": " + e);
        }
        folder = null;
    }

    /** The folder of initdb and pg_ctl: Debian's newest version, else the one on the path. */
    private static Optional<Path> serverPrograms() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions
                        .filter(version -> version.getFileName().toString().matches("\\d+"))
                        .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                        .map(version -> version.resolve("bin"))
                        .filter(folder -> Files.isExecutable(folder.resolve("initdb")));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(Path::of)
                .filter(folder -> Files.isExecutable(folder.resolve("initdb")))
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A command line, run as user postgres when this JVM is root's. */
    private static void run(String commandLine) {
        exec(root() ? List.of("su", "postgres", "-c", commandLine) : List.of("sh", "-c", commandLine));
    }

    private static void exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("the test PostgreSQL server: " + String.join(" ", command)
                        + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
