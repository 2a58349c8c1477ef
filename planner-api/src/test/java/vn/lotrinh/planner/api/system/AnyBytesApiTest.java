package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/**
 * The property of hostile input over HTTP: any byte string sent to any endpoint — as its body under any media type, as
 * its query, as its path variables — is answered with a 2xx or a 4xx, never a 5xx, and a 4xx stores nothing. The
 * endpoints are every handler of every Spring MVC mapping (the API, the error controller, Actuator's), so that one
 * added later is covered without being named here; each is tried with its path variables bound to things that exist
 * (the plan, its version, a finished job) and to random segments. Seeded: a failure names its seed and request, and
 * reruns the same; {@code -DanyBytes.seed} and {@code -DanyBytes.requests} (per endpoint) make a longer run.
 */
@ApiTest
class AnyBytesApiTest {

    /** Fixed for the build; a longer run (docs/fuzzing.md) sets other seeds and counts. */
    private static final long SEED = Long.getLong("anyBytes.seed", 18);
    private static final int REQUESTS_PER_ENDPOINT = Integer.getInteger("anyBytes.requests", 16);
    private static final Set<RequestMethod> READING = Set.of(RequestMethod.GET, RequestMethod.HEAD,
            RequestMethod.OPTIONS);
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> NOT_STORAGE = Set.of("flyway_schema_history");

    @LocalServerPort
    int port;

    @Autowired
    ApiClient api;

    @Autowired
    List<RequestMappingInfoHandlerMapping> mappings;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anyBytesToAnyEndpointAreAnswered2xxOr4xxAndA4xxStoresNothing() {
        stopWhatItStarted();
        Fixture fixture = Fixture.create(api);
        ByteStrings bytes = new ByteStrings(SEED, fixture.documents(api));
        List<String> tables = tables();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        Map<Integer, Integer> statuses = new LinkedHashMap<>();

        for (Endpoint endpoint : endpoints()) {
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                fixture = fixture.stillThere(api);
                String path = endpoint.bound(fixture, bytes, i % 2 == 0)
                        + (endpoint.reading() || i % 3 == 0 ? bytes.query() : "");
                ByteStrings.Body body = bytes.next();
                Map<String, Long> before = rows(tables);
                HttpResponse<String> answer = send(endpoint.method(), path, body);
                requests++;
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                String request = endpoint.method() + " " + abbreviated(path) + " with " + body.description()
                        + " (" + body.bytes().length + " bytes)";
                if (answer.statusCode() >= 500 || answer.statusCode() < 200) {
                    wrong.add(request + ": " + answer.statusCode() + " " + abbreviated(answer.body()) + ", kept as "
                            + kept(endpoint.method(), path, body, wrong.size()));
                } else if (answer.statusCode() >= 400) {
                    Map<String, Long> after = rows(tables);
                    if (!after.equals(before)) {
                        wrong.add(request + ": " + answer.statusCode() + " but stored " + before + " → " + after);
                    }
                } else if (!endpoint.reading()) {
                    stopWhatItStarted();
                }
            }
        }

        assertThat(wrong).as("seed %d, %d requests, statuses %s", SEED, requests, statuses).isEmpty();
        assertThat(statuses.keySet()).as("the requests reached the handlers, not only the parsers")
                .contains(200, 400, 404, 415);
    }

    /** Every handler method of every mapping, each method it answers to (a mapping of any method is tried with all). */
    private List<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
                    if (method != RequestMethod.TRACE) {
                        info.getPatternValues().forEach(pattern -> endpoints.add(new Endpoint(method, pattern)));
                    }
                }
            }
        }
        assertThat(endpoints).extracting(Endpoint::toString).contains("POST /api/plans", "POST /api/plans/import",
                "DELETE /api/plans/{planId}", "GET /api/plans/{planId}/versions/{v}/diff/{w}", "GET /actuator/health");
        return List.copyOf(endpoints);
    }

    private HttpResponse<String> send(RequestMethod method, String path, ByteStrings.Body body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method.name(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        try {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException closedWhileIdle) {
                // The server may close a kept-alive connection (after an answer that ended it, or idle) just as the
                // client reuses it; once more on a connection of its own tells that apart from a request it drops.
                return HttpClient.newHttpClient().send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviated(path), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops every solve and frontier a 2xx started, so that none of them writes while the next request is watched. */
    private void stopWhatItStarted() {
        String running = " WHERE status IN ('QUEUED', 'SOLVING')";
        jdbc.queryForList("SELECT id FROM solve_jobs" + running, String.class)
                .forEach(job -> api.delete("/api/solves/" + job));
        jdbc.queryForList("SELECT id FROM frontiers" + running, String.class)
                .forEach(frontier -> api.delete("/api/frontiers/" + frontier));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM solve_jobs" + running
                + ") + (SELECT COUNT(*) FROM frontiers" + running + ")", Long.class) > 0) {
            assertThat(System.nanoTime()).as("solves and frontiers stopped").isLessThan(deadline);
            ApiClient.sleep(50);
        }
    }

    /** The row count of every table, and the sum of the plans' versions (an edit adds no row to {@code plans}). */
    private Map<String, Long> rows(List<String> tables) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        rows.put("plans.version", jdbc.queryForObject("SELECT COALESCE(SUM(version), 0) FROM plans", Long.class));
        return rows;
    }

    private List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME");
                if (!NOT_STORAGE.contains(table.toLowerCase())) {
                    tables.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(tables).extracting(String::toLowerCase).contains("plans", "plan_versions", "audit_entries",
                "solve_jobs", "roadmaps", "frontiers");
        return tables;
    }

    /** Writes the request to {@code target/any-bytes/} so that it can be replayed; answers the file's name. */
    private static Path kept(RequestMethod method, String path, ByteStrings.Body body, int index) {
        Path file = Path.of("target", "any-bytes", "request-" + index + ".http");
        try {
            Files.createDirectories(file.getParent());
            byte[] head = (method + " " + path + "\nContent-Type: " + body.contentType() + "\n\n")
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(file, head);
            Files.write(file, body.bytes(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private record Endpoint(RequestMethod method, String pattern) {

        boolean reading() {
            return READING.contains(method);
        }

        /** The pattern with each path variable bound to what exists ({@code existing}) or to a random segment. */
        String bound(Fixture fixture, ByteStrings bytes, boolean existing) {
            Matcher variables = PATH_VARIABLE.matcher(pattern.replace("/**", "/x"));
            StringBuilder path = new StringBuilder();
            while (variables.find()) {
                variables.appendReplacement(path, Matcher.quoteReplacement(
                        existing ? fixture.valueOf(variables.group(1)) : bytes.segment()));
            }
            return variables.appendTail(path).toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** What the requests may name: a plan with a finished solve. A request may delete the plan; it is made again. */
    private record Fixture(String planId, String jobId) {

        static Fixture create(ApiClient api) {
            String planId = api.createPlan(examplePlan());
            // The example plan is built in milliseconds; the job only has to be finished, whatever its roadmap.
            String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 0.2, \"engine\": \"HEURISTIC\"}");
            api.awaitJob(jobId, Duration.ofSeconds(60), "COMPLETED", "TERMINATED");
            return new Fixture(planId, jobId);
        }

        Fixture stillThere(ApiClient api) {
            return api.get("/api/plans/" + planId).getStatusCode().is2xxSuccessful() ? this : create(api);
        }

        String valueOf(String variable) {
            return switch (variable) {
                case "planId", "planIdA", "planIdB" -> planId;
                case "jobId" -> jobId;
                case "v", "w" -> "1";
                default -> "x";
            };
        }

        /** Valid inputs to mutate: the plan, requests of a solve and a scenario, its components' CSV, its workbook. */
        List<byte[]> documents(ApiClient api) {
            return List.of(examplePlan().getBytes(StandardCharsets.UTF_8),
                    "{\"timeLimitSeconds\": 1, \"engine\": \"HEURISTIC\", \"objective\": \"MAX_VALUE\"}"
                            .getBytes(StandardCharsets.UTF_8),
                    "{\"name\": \"Cắt 20 %\", \"budgetChanges\": [{\"fundingSource\": \"NS_TINH\", \"scale\": 0.8}]}"
                            .getBytes(StandardCharsets.UTF_8),
                    api.getBytes("/api/plans/" + planId + "/plan.csv", MediaType.parseMediaType(Downloads.CSV)).getBody(),
                    api.getBytes("/api/plans/" + planId + "/plan.xlsx", MediaType.parseMediaType(Downloads.XLSX))
                            .getBody());
        }
    }
}
