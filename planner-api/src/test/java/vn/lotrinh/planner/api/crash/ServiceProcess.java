package vn.lotrinh.planner.api.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The service as a process of its own — on the test's class path, or the packaged jar that {@code crashSafety.jar}
 * names — on a random port, with the production database settings (the H2 file {@code ./var/lotrinh}, here under the
 * process's working directory), so that it can be killed as a machine failure would kill it: {@code SIGKILL}, no
 * shutdown hook, no flush.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final URI base;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.base = URI.create("http://localhost:" + port);
    }

    /** Starts the service in {@code directory}, its database there, and waits until it is ready to serve. */
    static ServiceProcess start(Path directory, Path log) throws IOException, InterruptedException {
        int port = freePort();
        // C1 only: the service starts in about two thirds of the time, and nothing here measures its speed.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(application());
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--lotrinh.sample.enabled=false", "--lotrinh.solve.persist-interval=200ms"));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServiceProcess service = new ServiceProcess(process, port);
        service.awaitReady();
        return service;
    }

    /** The packaged jar named by {@code crashSafety.jar}, else the main class on the test's class path. */
    private static List<String> application() {
        String jar = System.getProperty("crashSafety.jar");
        if (jar == null) {
            return List.of("-cp", System.getProperty("java.class.path"), "vn.lotrinh.planner.PlannerApplication");
        }
        Path packaged = Path.of(jar).toAbsolutePath();
        if (!Files.isRegularFile(packaged)) {
            throw new IllegalStateException("crashSafety.jar names no file: " + packaged);
        }
        return List.of("-jar", packaged.toString());
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** {@code SIGKILL}: the JVM ends at once, whatever it was writing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended while starting, exit " + process.exitValue());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become ready within " + START_PATIENCE);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
