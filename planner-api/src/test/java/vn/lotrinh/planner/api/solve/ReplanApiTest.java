package vn.lotrinh.planner.api.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** Re-plans over HTTP: the sample plan solved, then solved again from that roadmap. */
@ApiTest
class ReplanApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);

    @Autowired
    ApiClient api;

    @Test
    void aReplanKeepsWhatStartedBeforeAsOfAndListsEveryChangeFromItsBaseline() {
        String planId = api.createPlan(SAMPLE);
        String baselineJob = api.startSolve(planId, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(baselineJob, PATIENCE, "COMPLETED");
        Map<String, String> baseline = startsOf(json(api.get("/api/plans/" + planId + "/roadmap").getBody()));
        cutLocalInvestmentIn2024(planId);

        String replanJob = api.startSolve(planId, "{\"timeLimitSeconds\": 1, \"baselineJobId\": \"" + baselineJob
                + "\", \"asOf\": \"2023\"}");
        JsonNode job = api.awaitJob(replanJob, PATIENCE, "COMPLETED");
        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());

        assertThat(job.get("baselineJobId").asText()).isEqualTo(baselineJob);
        assertThat(roadmap.get("baselineJobId").asText()).isEqualTo(baselineJob);
        assertThat(roadmap.get("planVersion").asLong()).isEqualTo(2);
        Map<String, String> replanned = startsOf(roadmap);
        baseline.forEach((id, start) -> {
            if (start != null && start.compareTo("2023") < 0) {
                assertThat(replanned.get(id)).as(id).isEqualTo(start);
            }
        });
        Map<String, JsonNode> changes = new HashMap<>();
        roadmap.get("changes").forEach(change -> changes.put(change.get("componentId").asText(), change));
        baseline.keySet().stream().filter(id -> !Objects.equals(baseline.get(id), replanned.get(id)))
                .forEach(id -> {
                    assertThat(changes).as(id).containsKey(id);
                    assertThat(changes.get(id).get("from").isNull() ? null : changes.get(id).get("from").asText())
                            .isEqualTo(baseline.get(id));
                    assertThat(changes.get(id).get("reason").asText()).isNotBlank();
                });
        assertThat(changes).hasSize((int) baseline.keySet().stream()
                .filter(id -> !Objects.equals(baseline.get(id), replanned.get(id))).count());
    }

    @Test
    void aScenarioReplansFromAJobOfItsParent() {
        String parentId = api.createPlan(SAMPLE);
        String parentJob = api.startSolve(parentId, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(parentJob, PATIENCE, "COMPLETED");
        Map<String, String> baseline = startsOf(json(api.get("/api/plans/" + parentId + "/roadmap").getBody()));
        String scenarioId = json(api.postJson("/api/plans/" + parentId + "/scenarios", """
                {"name": "Cắt 20 % NSDP_DTC 2024",
                 "budgetChanges": [{"fundingSource": "NSDP_DTC", "period": "2024", "scale": 0.8}]}""")
                .getBody()).get("id").asText();

        String replanJob = api.startSolve(scenarioId, "{\"timeLimitSeconds\": 1, \"baselineJobId\": \""
                + parentJob + "\", \"asOf\": \"2023\"}");
        JsonNode job = api.awaitJob(replanJob, PATIENCE, "COMPLETED");
        JsonNode roadmap = json(api.get("/api/plans/" + scenarioId + "/roadmap").getBody());

        assertThat(job.get("baselineJobId").asText()).isEqualTo(parentJob);
        assertThat(roadmap.get("baselineJobId").asText()).isEqualTo(parentJob);
        Map<String, String> replanned = startsOf(roadmap);
        baseline.forEach((id, start) -> {
            if (start != null && start.compareTo("2023") < 0) {
                assertThat(replanned.get(id)).as(id).isEqualTo(start);
            }
        });
        assertThat(roadmap.get("changes").findValuesAsText("componentId")).containsExactlyInAnyOrderElementsOf(
                baseline.keySet().stream().filter(id -> !Objects.equals(baseline.get(id), replanned.get(id)))
                        .toList());
    }

    @Test
    void aParentCannotReplanFromItsScenariosJobNorAScenarioFromAnotherPlansJob() {
        String parentId = api.createPlan(SAMPLE);
        String scenarioId = json(api.postJson("/api/plans/" + parentId + "/scenarios",
                "{\"name\": \"Giữ nguyên\"}").getBody()).get("id").asText();
        String scenarioJob = api.startSolve(scenarioId, "{\"timeLimitSeconds\": 1}");
        String otherPlan = api.createPlan(SAMPLE);
        String otherJob = api.startSolve(otherPlan, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(scenarioJob, PATIENCE, "COMPLETED");
        api.awaitJob(otherJob, PATIENCE, "COMPLETED");

        assertThat(errorPointers(parentId, "{\"baselineJobId\": \"" + scenarioJob + "\"}"))
                .containsExactly("/baselineJobId");
        assertThat(errorPointers(scenarioId, "{\"baselineJobId\": \"" + otherJob + "\"}"))
                .containsExactly("/baselineJobId");
        assertThat(json(api.get("/api/plans/" + parentId + "/solves").getBody())).isEmpty();
        assertThat(json(api.get("/api/plans/" + scenarioId + "/solves").getBody())).hasSize(1);
    }

    @Test
    void aFreshSolveHasNoBaselineAndNoChanges() {
        String planId = api.createPlan(SAMPLE);
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");

        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());

        assertThat(roadmap.get("baselineJobId").isNull()).isTrue();
        assertThat(roadmap.get("changes")).isEmpty();
    }

    @Test
    void badBaselineFieldsAreRefusedEachByItsPointer() {
        String planId = api.createPlan(SAMPLE);
        String otherPlan = api.createPlan(SAMPLE);
        String otherJob = api.startSolve(otherPlan, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(otherJob, PATIENCE, "COMPLETED");

        assertThat(errorPointers(planId, "{\"baselineJobId\": \"khong-co\"}")).containsExactly("/baselineJobId");
        assertThat(errorPointers(planId, "{\"baselineJobId\": \"" + otherJob + "\"}"))
                .containsExactly("/baselineJobId");
        assertThat(errorPointers(otherPlan, "{\"baselineJobId\": \"" + otherJob + "\", \"asOf\": \"2030\","
                + " \"stability\": -1}")).containsExactly("/asOf", "/stability");
        assertThat(errorPointers(planId, "{\"asOf\": \"2023\", \"stability\": 2}"))
                .containsExactly("/asOf", "/stability");
        assertThat(api.get("/api/plans/" + planId + "/solves").getBody()).isEqualTo("[]");
    }

    private String[] errorPointers(String planId, String request) {
        ResponseEntity<String> answer = api.postJson("/api/plans/" + planId + "/solve", request);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        return json(answer.getBody()).get("errors").findValuesAsText("pointer").toArray(String[]::new);
    }

    private void cutLocalInvestmentIn2024(String planId) {
        ObjectNode document = (ObjectNode) json(SAMPLE);
        for (JsonNode budget : document.get("budgets")) {
            boolean cut = budget.get("fundingSource").asText().equals("NSDP_DTC")
                    && budget.path("period").asText().equals("2024");
            if (cut) {
                ((ObjectNode) budget).put("amount", budget.get("amount").asLong() * 8 / 10);
            }
        }
        ResponseEntity<String> replaced = api.putJson("/api/plans/" + planId, document.toString(), "\"1\"");
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
    }

    private static Map<String, String> startsOf(JsonNode roadmap) {
        Map<String, String> starts = new HashMap<>();
        roadmap.get("assignments").forEach(a -> starts.put(a.get("componentId").asText(),
                a.get("startPeriod").isNull() ? null : a.get("startPeriod").asText()));
        return starts;
    }
}
