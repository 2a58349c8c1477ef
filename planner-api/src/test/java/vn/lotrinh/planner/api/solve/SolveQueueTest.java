package vn.lotrinh.planner.api.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** One solve at a time and one waiting: the third is refused until a slot frees. */
@ApiTest
@TestPropertySource(properties = {"lotrinh.solve.max-concurrent=1", "lotrinh.solve.queue-capacity=1"})
class SolveQueueTest {

    private static final String LONG_SOLVE = "{\"timeLimitSeconds\": 120, \"unimprovedTimeLimitSeconds\": 120"
            + ", \"engine\": \"HEURISTIC\"}";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApiClient api;

    String planId;
    String running;
    String waiting;

    /** Fills the service: one job solving, one queued. */
    @BeforeEach
    void solveOneAndQueueOne() {
        planId = api.createPlan(examplePlan());
        running = api.startSolve(planId, LONG_SOLVE);
        api.awaitJob(running, PATIENCE, "SOLVING");
        waiting = api.startSolve(planId, LONG_SOLVE);
    }

    @AfterEach
    void stopBoth() {
        api.delete("/api/solves/" + waiting);
        api.delete("/api/solves/" + running);
        api.awaitJob(running, PATIENCE, "TERMINATED");
    }

    @Test
    void solveBeyondTheFullQueueIsRefusedWith503AndLeavesNoJob() {
        ResponseEntity<String> refused = api.postJson("/api/plans/" + planId + "/solve", LONG_SOLVE);

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(json(api.get("/api/plans/" + planId + "/solves").getBody()).findValuesAsText("jobId"))
                .containsExactlyInAnyOrder(running, waiting);
    }

    @Test
    void stoppingAQueuedJobFreesItsPlaceInTheQueue() {
        api.delete("/api/solves/" + waiting);

        ResponseEntity<String> next = api.postJson("/api/plans/" + planId + "/solve", LONG_SOLVE);

        try {
            assertThat(next.getStatusCode().value()).isEqualTo(202);
        } finally {
            api.delete("/api/solves/" + json(next.getBody()).path("jobId").asText());
        }
    }

    @Test
    void queuedJobStoppedBeforeItStartsIsTerminatedAtOnce() {
        ResponseEntity<String> stopped = api.delete("/api/solves/" + waiting);

        assertThat(stopped.getStatusCode().value()).isEqualTo(202);
        assertThat(json(stopped.getBody()).get("status").asText()).isEqualTo("TERMINATED");
        assertThat(json(stopped.getBody()).get("startedAt").isNull()).isTrue();
    }
}
