package vn.lotrinh.planner.api.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;

/** The latest roadmap's JSON is kept ready to send: it must still follow the job as it improves and ends. */
@ApiTest
class LatestRoadmapApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApiClient api;

    @Test
    void roadmapIsGzipEncodedForAClientThatAcceptsIt() throws Exception {
        String fiftyComponents = new RandomPlanGenerator(GeneratorSettings.defaults()).generate(7L).document()
                .toString();
        String planId = api.createPlan(fiftyComponents);
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        URI roadmap = api.uri("/api/plans/" + planId + "/roadmap");
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(roadmap).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(roadmap).header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(plain.body().length).as("large enough to be compressed").isGreaterThan(4096);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language");
        assertThat(gzip.headers().firstValue("Content-Language")).hasValue("vi");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void roadmapReadWhileSolvingFollowsTheJobToItsEnd() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 120, \"unimprovedTimeLimitSeconds\": 120"
                + ", \"engine\": \"HEURISTIC\"}");
        JsonNode whileSolving;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        do {
            ApiClient.sleep(100);
            whileSolving = roadmapOf(planId);
        } while (whileSolving == null && System.nanoTime() < deadline);
        assertThat(whileSolving.get("jobStatus").asText()).isEqualTo("SOLVING");

        api.delete("/api/solves/" + jobId);
        JsonNode job = api.awaitJob(jobId, PATIENCE, "TERMINATED", "COMPLETED", "FAILED");

        JsonNode afterwards = roadmapOf(planId);
        assertThat(afterwards.get("jobStatus").asText()).isEqualTo("TERMINATED");
        assertThat(afterwards.get("score").asText()).isEqualTo(job.get("bestScore").asText());
    }

    /** The plan's latest roadmap, or null while there is none. */
    private JsonNode roadmapOf(String planId) {
        var answer = api.get("/api/plans/" + planId + "/roadmap");
        return answer.getStatusCode().value() == 200 ? json(answer.getBody()) : null;
    }
}
