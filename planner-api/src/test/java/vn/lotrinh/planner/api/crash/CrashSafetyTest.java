package vn.lotrinh.planner.api.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lotrinh.planner.api.ApiClient;

/**
 * The service killed with {@code SIGKILL} at random moments (fixed seed) while clients create and import plans,
 * edit one with {@code If-Match} and a solve runs, twice over one database file in the build (the second kill hits a
 * service that recovered from the first; {@code -DcrashSafety.kills=…} for a longer run, {@code -DcrashSafety.jar=…}
 * to kill the packaged jar: see README, "Tests"). After each restart every write the service acknowledged is there
 * exactly once and intact, no plan is half written, the solve that was running is {@code FAILED} with its reason, and
 * a new solve runs to the end.
 */
class CrashSafetyTest {

    private static final int KILLS = Integer.getInteger("crashSafety.kills", 2);
    private static final long SEED = 18;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(SEED);
    private final Map<String, String> acknowledgedPlans = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedMarks = ConcurrentHashMap.newKeySet();
    private final Set<String> unansweredWrites = ConcurrentHashMap.newKeySet();
    private final Set<String> refusedWrites = ConcurrentHashMap.newKeySet();
    private String lastSolving;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        Path log = directory.resolve("service.log");
        String editedPlan = null;
        for (int life = 0; life <= KILLS; life++) {
            try (ServiceProcess service = ServiceProcess.start(directory, log)) {
                if (editedPlan == null) {
                    editedPlan = created(service, named("edited")).get("id").asText();
                } else {
                    assertEverythingAcknowledgedIsThere(service, editedPlan, life);
                }
                if (life == KILLS) {
                    assertANewSolveRunsToTheEnd(service);
                    return;
                }
                lastSolving = solve(service, "{\"timeLimitSeconds\": 300, \"engine\": \"HEURISTIC\"}");
                assertThat(job(service, lastSolving).get("status").asText()).isIn("QUEUED", "SOLVING");
                writeUntilKilled(service, editedPlan, life);
            }
        }
    }

    /** Creates and edits plans from a second thread until the service is killed, at a random moment. */
    private void writeUntilKilled(ServiceProcess service, String editedPlan, int life) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int n = 0; !killed.get(); n++) {
                String name = "life-" + life + "-plan-" + n;
                try {
                    JsonNode plan = n % 2 == 0 ? created(service, named(name)) : imported(service, named(name));
                    acknowledgedPlans.put(plan.get("id").asText(), name);
                } catch (IllegalStateException refused) {
                    refusedWrites.add(name);
                } catch (IOException | InterruptedException e) {
                    unansweredWrites.add(name);
                }
                String mark = "life-" + life + "-mark-" + n;
                try {
                    if (edited(service, editedPlan, mark)) {
                        acknowledgedMarks.add(mark);
                    } else {
                        refusedWrites.add(mark);
                    }
                } catch (IOException | InterruptedException e) {
                    unansweredWrites.add(mark);
                }
            }
        });
        writer.start();
        Thread.sleep(1_000 + random.nextInt(2_500));
        killed.set(true);
        service.kill();
        writer.join(30_000);
    }

    private void assertEverythingAcknowledgedIsThere(ServiceProcess service, String editedPlan, int life)
            throws Exception {
        List<JsonNode> plans = new ArrayList<>();
        get(service, "/api/plans").forEach(plans::add);
        Map<String, Integer> byName = new HashMap<>();
        for (JsonNode summary : plans) {
            JsonNode plan = get(service, "/api/plans/" + summary.get("id").asText());
            assertThat(plan.get("components").isArray()).as("plan %s is whole", summary.get("id")).isTrue();
            assertThat(plan.get("name").asText()).isEqualTo(summary.get("name").asText());
            byName.merge(plan.get("name").asText(), 1, Integer::sum);
        }
        acknowledgedPlans.forEach((id, name) -> assertThat(byName.get(name)).as(name).isEqualTo(1));
        byName.forEach((name, count) -> assertThat(acknowledgedPlans.containsValue(name)
                || unansweredWrites.contains(name) || name.equals("edited") || name.equals("solved"))
                .as("%s was written by a client", name).isTrue());

        List<String> marks = new ArrayList<>();
        get(service, "/api/plans/" + editedPlan).path("loadMarks").forEach(mark -> marks.add(mark.asText()));
        assertThat(marks).doesNotHaveDuplicates().containsAll(acknowledgedMarks);
        Set<String> extra = new HashSet<>(marks);
        extra.removeAll(acknowledgedMarks);
        assertThat(unansweredWrites).containsAll(extra);
        assertThat(marks).noneMatch(refusedWrites::contains);
        assertThat(byName.keySet()).noneMatch(refusedWrites::contains);

        JsonNode interrupted = job(service, lastSolving);
        assertThat(interrupted.get("status").asText()).as("the solve killed in life %d", life - 1)
                .isEqualTo("FAILED");
        assertThat(interrupted.get("reason").asText()).isNotBlank();
    }

    private void assertANewSolveRunsToTheEnd(ServiceProcess service) throws Exception {
        String jobId = solve(service, "{\"timeLimitSeconds\": 1}");
        Instant deadline = Instant.now().plusSeconds(60);
        String status = "QUEUED";
        while (List.of("QUEUED", "SOLVING").contains(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = job(service, jobId).get("status").asText();
        }
        assertThat(status).isEqualTo("COMPLETED");
    }

    private String solve(ServiceProcess service, String request) throws Exception {
        String planId = created(service, named("solved")).get("id").asText();
        HttpResponse<String> accepted = send(service, HttpRequest.newBuilder(service.uri("/api/plans/" + planId
                + "/solve")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)));
        assertThat(accepted.statusCode()).isEqualTo(202);
        return JSON.readTree(accepted.body()).get("jobId").asText();
    }

    private boolean edited(ServiceProcess service, String planId, String mark) throws IOException,
            InterruptedException {
        HttpResponse<String> read = send(service, HttpRequest.newBuilder(service.uri("/api/plans/" + planId)));
        ObjectNode document = (ObjectNode) JSON.readTree(read.body());
        document.withArray("/loadMarks").add(mark);
        HttpResponse<String> written = send(service, HttpRequest.newBuilder(service.uri("/api/plans/" + planId))
                .header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(document))));
        return written.statusCode() == 200;
    }

    private JsonNode created(ServiceProcess service, String document) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(service, HttpRequest.newBuilder(service.uri("/api/plans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document)));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST /api/plans answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body());
    }

    /** The plan uploaded as a file, as the page's import does. */
    private JsonNode imported(ServiceProcess service, String document) throws IOException, InterruptedException {
        String boundary = "crash-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + document + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = send(service, HttpRequest.newBuilder(service.uri("/api/plans/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST /api/plans/import answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body());
    }

    private JsonNode job(ServiceProcess service, String jobId) throws IOException, InterruptedException {
        return get(service, "/api/solves/" + jobId);
    }

    private JsonNode get(ServiceProcess service, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(service, HttpRequest.newBuilder(service.uri(path)));
        assertThat(answer.statusCode()).as("GET " + path).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> send(ServiceProcess service, HttpRequest.Builder request) throws IOException,
            InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String named(String name) throws IOException {
        ObjectNode plan = (ObjectNode) JSON.readTree(ApiClient.examplePlan());
        return JSON.writeValueAsString(plan.put("name", name));
    }
}
