package vn.lotrinh.planner.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** Scenarios over HTTP: derived from the sample plan by recipes, stored and listed as plans of their own. */
@ApiTest
class ScenarioApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
    private static final String CUT_LOCAL_INVESTMENT_2023 = """
            {"name": "Cắt 20 % vốn đầu tư phát triển địa phương 2023",
             "budgetChanges": [{"fundingSource": "NSDP_DTC", "period": "2023", "scale": 0.8}]}""";

    @Autowired
    ApiClient api;

    @Test
    void aScenarioIsAnsweredLikeANewPlanWithItsParentAndKeepsTheRecipeApplied() {
        String parentId = api.createPlan(SAMPLE);

        ResponseEntity<String> created = api.postJson(scenariosOf(parentId), CUT_LOCAL_INVESTMENT_2023);

        JsonNode body = json(created.getBody());
        String id = body.get("id").asText();
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/plans/" + id);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(body.get("name").asText()).isEqualTo("Cắt 20 % vốn đầu tư phát triển địa phương 2023");
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("parentId").asText()).isEqualTo(parentId);
        assertThat(body.get("parentVersion").asLong()).isEqualTo(1);
        assertThat(body.get("recipe")).isEqualTo(json(CUT_LOCAL_INVESTMENT_2023));
        assertThat(body.get("removedDependencies")).isEmpty();
        JsonNode scenario = json(api.get("/api/plans/" + id).getBody());
        assertThat(scenario.get("parentId").asText()).isEqualTo(parentId);
        assertThat(scenario.get("parentVersion").asLong()).isEqualTo(1);
        assertThat(scenario.get("parentExists").asBoolean()).isTrue();
        assertThat(budgetOf(scenario, "NSDP_DTC", "2023")).isEqualTo(44800);
        assertThat(budgetOf(scenario, "NSDP_DTC", "2024")).isEqualTo(56000);
        JsonNode listed = planListed(id);
        assertThat(listed.get("parentId").asText()).isEqualTo(parentId);
        assertThat(listed.get("parentVersion").asLong()).isEqualTo(1);
        assertThat(planListed(parentId).get("parentId").isNull()).isTrue();
    }

    @Test
    void aScenarioIsDerivedFromTheParentsCurrentVersion() {
        String parentId = api.createPlan(SAMPLE);
        ObjectNode edited = (ObjectNode) json(SAMPLE);
        edited.put("name", "Kế hoạch đã sửa");
        assertThat(api.putJson("/api/plans/" + parentId, edited.toString(), "\"1\"").getStatusCode().value())
                .isEqualTo(200);

        JsonNode body = json(api.postJson(scenariosOf(parentId), "{\"name\": \"Phương án\", \"budgetScale\": 1.1}")
                .getBody());

        assertThat(body.get("parentVersion").asLong()).isEqualTo(2);
        JsonNode scenario = json(api.get("/api/plans/" + body.get("id").asText()).getBody());
        assertThat(scenario.get("name").asText()).isEqualTo("Phương án");
        assertThat(budgetOf(scenario, "NSDP_DTC", "2021")).isEqualTo(53900);
    }

    @Test
    void removingAComponentSaysWhichDependantsLostTheirDependency() {
        String parentId = api.createPlan(SAMPLE);
        String removed = dependedOnComponent();

        JsonNode body = json(api.postJson(scenariosOf(parentId),
                "{\"name\": \"Bỏ " + removed + "\", \"remove\": [\"" + removed + "\"]}").getBody());

        JsonNode scenario = json(api.get("/api/plans/" + body.get("id").asText()).getBody());
        assertThat(scenario.get("components").findValuesAsText("id")).doesNotContain(removed);
        assertThat(body.get("removedDependencies")).isNotEmpty();
        body.get("removedDependencies").forEach(dependency -> {
            assertThat(dependency.get("dependedOn").asText()).isEqualTo(removed);
            String dependant = dependency.get("componentId").asText();
            assertThat(dependenciesOf(json(SAMPLE)).get(dependant)).contains(removed);
            assertThat(dependenciesOf(scenario).get(dependant)).doesNotContain(removed);
        });
        assertThat(body.get("removedDependencies")).hasSize(dependantsOf(dependenciesOf(json(SAMPLE)), removed));
    }

    @Test
    void aBadRecipeIsRefusedWithEveryPointerIntoTheRequestAndStoresNothing() {
        String parentId = api.createPlan(SAMPLE);
        int plansBefore = json(api.get("/api/plans").getBody()).size();

        ResponseEntity<String> refused = api.postJson(scenariosOf(parentId), """
                {"name": "Sai", "budgetScale": {"NS_KHONG_CO": 0.9},
                 "budgetChanges": [{"fundingSource": "NSDP_DTC", "period": "2023", "scale": 0.8},
                                   {"fundingSource": "NSTW", "period": "2030", "scale": 0.5}],
                 "remove": ["KHONG_CO"], "x": 1}""");
        ResponseEntity<String> breaksThePlan = api.postJson(scenariosOf(parentId), """
                {"name": "Âm", "budgetChanges": [{"fundingSource": "NSDP_DTC", "period": "2023", "scale": 0.8},
                                                 {"fundingSource": "NSTW", "period": "2022", "delta": -100000}]}""");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json(refused.getBody()).get("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder(
                "/x", "/budgetScale/NS_KHONG_CO", "/remove/0", "/budgetChanges/1/period");
        assertThat(breaksThePlan.getStatusCode().value()).isEqualTo(400);
        assertThat(json(breaksThePlan.getBody()).get("errors").findValuesAsText("pointer"))
                .containsExactly("/budgetChanges/1/delta");
        assertThat(json(api.get("/api/plans").getBody())).hasSize(plansBefore);
        assertThat(json(api.get(scenariosOf(parentId)).getBody())).isEmpty();
    }

    @Test
    void aBodyThatIsNotAnObjectAndAnUnknownParentAreRefused() {
        String parentId = api.createPlan(SAMPLE);

        ResponseEntity<String> notAnObject = api.postJson(scenariosOf(parentId), "[1]");
        ResponseEntity<String> unknownParent = api.postJson(scenariosOf("khong-co"), CUT_LOCAL_INVESTMENT_2023);

        assertThat(notAnObject.getStatusCode().value()).isEqualTo(400);
        assertThat(json(notAnObject.getBody()).get("errors").findValuesAsText("pointer")).containsExactly("");
        assertThat(unknownParent.getStatusCode().value()).isEqualTo(404);
        assertThat(api.get(scenariosOf("khong-co")).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aScenarioIsAnOrdinaryPlanThatCanBeEditedSolvedAndDeleted() {
        String parentId = api.createPlan(SAMPLE);
        String id = json(api.postJson(scenariosOf(parentId), CUT_LOCAL_INVESTMENT_2023).getBody()).get("id").asText();
        ObjectNode read = (ObjectNode) json(api.get("/api/plans/" + id).getBody());
        read.put("description", "Đã sửa tay");

        ResponseEntity<String> replaced = api.putJson("/api/plans/" + id, read.toString(), "\"1\"");
        String jobId = api.startSolve(id, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(jobId, PATIENCE, "COMPLETED");

        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(json(replaced.getBody()).get("parentId").asText()).isEqualTo(parentId);
        JsonNode stored = json(api.get("/api/plans/" + id + "/plan.json").getBody());
        assertThat(stored.get("description").asText()).isEqualTo("Đã sửa tay");
        assertThat(stored.has("parentId")).isFalse();
        assertThat(stored.has("parentExists")).isFalse();
        assertThat(api.get("/api/plans/" + id + "/roadmap").getStatusCode().value()).isEqualTo(200);
        assertThat(api.delete("/api/plans/" + id).getStatusCode().value()).isEqualTo(204);
        assertThat(api.get("/api/plans/" + parentId).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void deletingTheParentKeepsItsScenariosWhichSayTheParentIsGone() {
        String parentId = api.createPlan(SAMPLE);
        String id = json(api.postJson(scenariosOf(parentId), CUT_LOCAL_INVESTMENT_2023).getBody()).get("id").asText();

        assertThat(api.delete("/api/plans/" + parentId).getStatusCode().value()).isEqualTo(204);

        JsonNode scenario = json(api.get("/api/plans/" + id).getBody());
        assertThat(scenario.get("parentId").asText()).isEqualTo(parentId);
        assertThat(scenario.get("parentVersion").asLong()).isEqualTo(1);
        assertThat(scenario.get("parentExists").asBoolean()).isFalse();
        assertThat(planListed(id).get("parentId").asText()).isEqualTo(parentId);
    }

    @Test
    void theScenarioListGivesEachChildsRecipeAndLatestObjectiveValue() {
        String parentId = api.createPlan(SAMPLE);
        String solved = json(api.postJson(scenariosOf(parentId), CUT_LOCAL_INVESTMENT_2023).getBody())
                .get("id").asText();
        String unsolved = json(api.postJson(scenariosOf(parentId), "{\"name\": \"Tăng 10 %\", \"budgetScale\": 1.1}")
                .getBody()).get("id").asText();
        api.awaitJob(api.startSolve(solved, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");

        JsonNode list = json(api.get(scenariosOf(parentId)).getBody());

        assertThat(list.findValuesAsText("id")).containsExactly(solved, unsolved);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Cắt 20 % vốn đầu tư phát triển địa phương 2023");
        assertThat(list.get(0).get("parentVersion").asLong()).isEqualTo(1);
        assertThat(list.get(0).get("recipe")).isEqualTo(json(CUT_LOCAL_INVESTMENT_2023));
        assertThat(list.get(0).get("latestObjectiveValue").decimalValue()).isEqualByComparingTo(
                json(api.get("/api/plans/" + solved + "/roadmap").getBody()).get("objectiveValue").decimalValue());
        assertThat(list.get(1).get("latestObjectiveValue").isNull()).isTrue();
        assertThat(json(api.get(scenariosOf(solved)).getBody())).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheScenarioAndComparisonEndpoints() {
        JsonNode docs = json(api.get("/v3/api-docs").getBody());

        JsonNode paths = docs.get("paths");
        assertThat(paths.get("/api/plans/{planId}/scenarios").has("post")).isTrue();
        assertThat(paths.get("/api/plans/{planId}/scenarios").has("get")).isTrue();
        assertThat(paths.has("/api/plans/{planIdA}/compare/{planIdB}")).isTrue();
        assertThat(paths.has("/api/plans/{planIdA}/compare/{planIdB}.csv")).isTrue();
        assertThat(paths.has("/api/plans/{planIdA}/compare/{planIdB}.xlsx")).isTrue();
        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(schemas.get("ScenarioCreated").get("properties").has("removedDependencies")).isTrue();
        assertThat(schemas.get("ComparisonResponse").get("properties").has("newlyDeferred")).isTrue();
        assertThat(schemas.get("ComparedRoadmap").get("properties").has("objectiveValue")).isTrue();
        // Texts are answered as strings in the reader's language.
        assertThat(schemas.get("Optimality").at("/properties/reason/type").asText()).isEqualTo("string");
    }

    private static String scenariosOf(String planId) {
        return "/api/plans/" + planId + "/scenarios";
    }

    private JsonNode planListed(String id) {
        for (JsonNode plan : json(api.get("/api/plans").getBody())) {
            if (plan.get("id").asText().equals(id)) {
                return plan;
            }
        }
        throw new AssertionError("plan " + id + " is not listed");
    }

    private static long budgetOf(JsonNode plan, String fundingSource, String period) {
        for (JsonNode budget : plan.get("budgets")) {
            if (budget.get("fundingSource").asText().equals(fundingSource)
                    && budget.path("period").asText().equals(period)) {
                return budget.get("amount").asLong();
            }
        }
        throw new AssertionError("no budget " + fundingSource + " " + period);
    }

    /** The sample's component that most others depend on. */
    private static String dependedOnComponent() {
        Map<String, List<String>> dependencies = dependenciesOf(json(SAMPLE));
        return dependencies.keySet().stream()
                .max(Comparator.comparingInt(id -> dependantsOf(dependencies, id))).orElseThrow();
    }

    private static int dependantsOf(Map<String, List<String>> dependencies, String id) {
        return (int) dependencies.values().stream().filter(dependsOn -> dependsOn.contains(id)).count();
    }

    /** Each component's {@code dependsOn} ids, by component id. */
    private static Map<String, List<String>> dependenciesOf(JsonNode plan) {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (JsonNode component : plan.get("components")) {
            List<String> ids = new ArrayList<>();
            component.path("dependsOn").forEach(entry -> ids.add(entry.isObject() ? entry.get("id").asText()
                    : entry.asText()));
            dependencies.put(component.get("id").asText(), ids);
        }
        return dependencies;
    }
}
