package vn.lotrinh.planner.api.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** Frontiers on a solve pool of one thread and one waiting place: a frontier takes a place as a solve does. */
@ApiTest
@TestPropertySource(properties = {"lotrinh.solve.max-concurrent=1", "lotrinh.solve.queue-capacity=1"})
class FrontierQueueTest {

    private static final String LONG_FRONTIER = "{\"timeLimitSeconds\": 120, \"engine\": \"HEURISTIC\"}";
    private static final String LONG_SOLVE = "{\"timeLimitSeconds\": 120, \"unimprovedTimeLimitSeconds\": 120"
            + ", \"engine\": \"HEURISTIC\"}";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApiClient api;

    String planId;
    String frontierId;

    /** Takes the one thread with a frontier. */
    @BeforeEach
    void traceOneFrontier() {
        planId = api.createPlan(examplePlan());
        frontierId = api.startFrontier(planId, LONG_FRONTIER);
        api.awaitFrontier(frontierId, PATIENCE, frontier -> frontier.path("status").asText().equals("SOLVING"),
                "SOLVING");
    }

    @AfterEach
    void stopIt() {
        api.delete("/api/frontiers/" + frontierId);
    }

    @Test
    void aRunningFrontierKeepsASolveWaiting() {
        String waiting = api.startSolve(planId, LONG_SOLVE);

        try {
            ApiClient.sleep(500);
            assertThat(json(api.get("/api/solves/" + waiting).getBody()).get("status").asText()).isEqualTo("QUEUED");
        } finally {
            api.delete("/api/solves/" + waiting);
        }
    }

    @Test
    void frontierBeyondTheFullQueueIsRefusedWith503AndLeavesNoFrontier() {
        String waiting = api.startSolve(planId, LONG_SOLVE);

        try {
            ResponseEntity<String> refused = api.postJson("/api/plans/" + planId + "/frontier", LONG_FRONTIER);

            assertThat(refused.getStatusCode().value()).isEqualTo(503);
            assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
            assertThat(json(api.get("/api/plans/" + planId + "/frontiers").getBody()).findValuesAsText("frontierId"))
                    .containsExactly(frontierId);
        } finally {
            api.delete("/api/solves/" + waiting);
        }
    }

    @Test
    void queuedFrontierStoppedBeforeItStartsIsTerminatedAtOnceAndFreesItsPlace() {
        String queued = api.startFrontier(planId, LONG_FRONTIER);

        JsonNode stopped = json(api.delete("/api/frontiers/" + queued).getBody());
        ResponseEntity<String> next = api.postJson("/api/plans/" + planId + "/solve", LONG_SOLVE);

        try {
            assertThat(stopped.get("status").asText()).isEqualTo("TERMINATED");
            assertThat(stopped.get("startedAt").isNull()).isTrue();
            assertThat(stopped.get("points")).isEmpty();
            assertThat(next.getStatusCode().value()).isEqualTo(202);
        } finally {
            api.delete("/api/solves/" + json(next.getBody()).path("jobId").asText());
        }
    }

    @Test
    void deletingThePlanStopsItsFrontierAndFreesTheThread() {
        String otherPlan = api.createPlan(examplePlan());
        String waiting = api.startSolve(otherPlan, LONG_SOLVE);

        api.delete("/api/plans/" + planId);

        try {
            assertThat(api.awaitJob(waiting, PATIENCE, "SOLVING").get("status").asText()).isEqualTo("SOLVING");
            assertThat(api.get("/api/frontiers/" + frontierId).getStatusCode().value()).isEqualTo(404);
        } finally {
            api.delete("/api/solves/" + waiting);
            api.awaitJob(waiting, PATIENCE, "TERMINATED");
        }
    }
}
