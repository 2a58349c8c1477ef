package vn.lotrinh.planner.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** What an operator reads: health with the database and the solve pool, the probes, the service's meters. */
@ApiTest
class OperationsApiTest {

    @Autowired
    ApiClient api;

    @Test
    void healthIsUpWithTheDatabaseAndTheSolvePool() {
        JsonNode health = json(api.get("/actuator/health").getBody());

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/solvePool/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/solvePool/details/queueCapacity").asInt()).isPositive();
        assertThat(health.at("/components/solvePool/details/threads").asInt()).isPositive();
    }

    @Test
    void livenessAndReadinessAnswerForProbes() {
        assertThat(json(api.get("/actuator/health/liveness").getBody()).get("status").asText()).isEqualTo("UP");
        JsonNode readiness = json(api.get("/actuator/health/readiness").getBody());
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(readiness.get("components").has("solvePool")).isTrue();
        assertThat(readiness.get("components").has("db")).isTrue();
    }

    @Test
    void aSolveAndAnImportAreCountedAndTimed() {
        double solvesBefore = measurement("lotrinh.solves.finished?tag=outcome:completed", "COUNT");
        double importsBefore = measurement("lotrinh.import.duration?tag=format:json", "COUNT");

        String planId = api.createPlan(ApiClient.examplePlan());
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 0.5}"), Duration.ofSeconds(30), "COMPLETED");
        api.upload("/api/plans/import", Map.of("file", Map.entry("plan.json",
                ApiClient.examplePlan().getBytes(StandardCharsets.UTF_8))), Map.of());
        api.upload("/api/plans/import", Map.of("file", Map.entry("bad.json",
                "{}".getBytes(StandardCharsets.UTF_8))), Map.of());

        assertThat(measurement("lotrinh.solves.finished?tag=outcome:completed", "COUNT")).isEqualTo(solvesBefore + 1);
        assertThat(measurement("lotrinh.solve.duration?tag=outcome:completed", "TOTAL_TIME")).isPositive();
        assertThat(measurement("lotrinh.import.duration?tag=format:json", "COUNT")).isEqualTo(importsBefore + 2);
        assertThat(measurement("lotrinh.import.duration?tag=format:json&tag=outcome:refused", "COUNT"))
                .isPositive();
        assertThat(json(api.get("/actuator/metrics/lotrinh.solves.queued").getBody()).at("/measurements/0/value")
                .isNumber()).isTrue();
    }

    @Test
    void nothingElseOfTheActuatorIsExposed() {
        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers"}) {
            assertThat(api.get("/actuator/" + endpoint).getStatusCode()).as(endpoint).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    /** The value of one statistic of a meter, 0 when the meter has not been recorded yet. */
    private double measurement(String meter, String statistic) {
        ResponseEntity<String> answer = api.get("/actuator/metrics/" + meter);
        if (answer.getStatusCode() == HttpStatus.NOT_FOUND) {
            return 0;
        }
        for (JsonNode measurement : json(answer.getBody()).get("measurements")) {
            if (measurement.get("statistic").asText().equals(statistic)) {
                return measurement.get("value").asDouble();
            }
        }
        throw new AssertionError(meter + " has no " + statistic);
    }
}
