package vn.lotrinh.planner.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

/** Scenarios from the cheapest fix of a deferred component, over HTTP, on the sample plan with tight budgets. */
@ApiTest
class ScenarioFromFixApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final SolveOptions DETERMINISTIC = SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME,
            20_000);

    @Autowired
    ApiClient api;

    @Test
    void aScenarioFromAFixSolvedSchedulesTheComponent() {
        String parentId = api.createPlan(tightSample());
        api.awaitJob(api.startSolve(parentId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        List<String> deferred = deferredIn(json(api.get("/api/plans/" + parentId + "/roadmap").getBody()));
        assertThat(deferred).as("the tight sample defers components").isNotEmpty();

        int fixed = 0;
        for (String componentId : deferred) {
            ResponseEntity<String> answer = api.postJson("/api/plans/" + parentId + "/scenarios",
                    "{\"fromFix\": \"" + componentId + "\"}");
            if (answer.getStatusCode().value() == 409) {
                assertThat(json(answer.getBody()).get("errors").findValuesAsText("pointer")).containsExactly(
                        "/fromFix");
                continue;
            }
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
            JsonNode created = json(answer.getBody());
            assertThat(created.get("recipe").get("fromFix").asText()).isEqualTo(componentId);
            assertThat(created.get("recipe").get("componentChanges").get(0).get("componentId").asText())
                    .isEqualTo(componentId);
            assertThat(created.get("recipe").get("componentChanges").get(0).get("priority").asText())
                    .isEqualTo("MUST");
            assertThat(created.get("name").asText()).endsWith(" — sửa / fix");
            assertRecipeStatesTheFix(created.get("recipe"), fixShownFor(parentId, componentId));

            Plan scenario = new PlanReader().read(json(api.get("/api/plans/" + created.get("id").asText()
                    + "/plan.json").getBody()));
            Roadmap solved = new RoadmapSolver().solve(scenario, DETERMINISTIC);

            assertThat(assignmentOf(solved, componentId).deferred()).as(componentId + " in its scenario").isFalse();
            assertThat(new RoadmapChecker().check(scenario, solved).feasible()).isTrue();
            if (++fixed == 3) {
                break;
            }
        }
        assertThat(fixed).as("scenarios made from fixes").isPositive();
    }

    @Test
    void aScenarioFromAFixNamesItAndKeepsTheRecipeItWasDerivedFrom() {
        String parentId = api.createPlan(tightSample());
        api.awaitJob(api.startSolve(parentId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        String componentId = firstFixable(parentId);

        JsonNode created = json(api.postJson("/api/plans/" + parentId + "/scenarios", "{\"fromFix\": \""
                + componentId + "\", \"name\": \"Đưa vào lộ trình\", \"description\": \"Từ cách sửa\"}").getBody());

        JsonNode listed = json(api.get("/api/plans/" + parentId + "/scenarios").getBody()).get(0);
        assertThat(listed.get("id").asText()).isEqualTo(created.get("id").asText());
        assertThat(listed.get("name").asText()).isEqualTo("Đưa vào lộ trình");
        assertThat(listed.get("recipe")).isEqualTo(created.get("recipe"));
        assertThat(listed.get("recipe").get("fromFix").asText()).isEqualTo(componentId);
        assertThat(listed.get("recipe").get("description").asText()).isEqualTo("Từ cách sửa");
        ObjectNode explicit = listed.get("recipe").deepCopy();
        explicit.remove("fromFix");
        explicit.put("name", "Cùng công thức");
        JsonNode again = json(api.postJson("/api/plans/" + parentId + "/scenarios", explicit.toString()).getBody());
        JsonNode fromFix = json(api.get("/api/plans/" + created.get("id").asText() + "/plan.json").getBody());
        JsonNode fromRecipe = json(api.get("/api/plans/" + again.get("id").asText() + "/plan.json").getBody());
        ((ObjectNode) fromRecipe).put("name", "Đưa vào lộ trình").put("description", "Từ cách sửa");
        assertThat(fromRecipe).isEqualTo(fromFix);
    }

    @Test
    void aScenarioFromAFixNeedsTheParentsRoadmapOfItsCurrentVersion() {
        String parentId = api.createPlan(tightSample());
        String componentId = json(tightSample()).get("components").get(0).get("id").asText();

        ResponseEntity<String> unsolved = postFromFix(parentId, componentId);
        api.awaitJob(api.startSolve(parentId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        ObjectNode edited = (ObjectNode) json(tightSample());
        edited.put("name", "Đã sửa");
        api.putJson("/api/plans/" + parentId, edited.toString(), "\"1\"");
        ResponseEntity<String> outdated = postFromFix(parentId, componentId);

        assertThat(unsolved.getStatusCode().value()).isEqualTo(409);
        assertThat(json(unsolved.getBody()).get("planId").asText()).isEqualTo(parentId);
        assertThat(outdated.getStatusCode().value()).isEqualTo(409);
        assertThat(json(outdated.getBody()).get("title").asText()).isEqualTo("Lộ trình đã cũ");
        assertThat(json(api.get("/api/plans/" + parentId + "/scenarios").getBody())).isEmpty();
    }

    @Test
    void aScheduledComponentHasNoFixAndABadFromFixIsRefusedByItsPointer() {
        String parentId = api.createPlan(tightSample());
        api.awaitJob(api.startSolve(parentId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        String scheduled = scheduledIn(json(api.get("/api/plans/" + parentId + "/roadmap").getBody())).get(0);

        ResponseEntity<String> noFix = postFromFix(parentId, scheduled);
        ResponseEntity<String> unknown = postFromFix(parentId, "KHONG_CO");
        ResponseEntity<String> withRecipe = api.postJson("/api/plans/" + parentId + "/scenarios",
                "{\"fromFix\": \"" + scheduled + "\", \"budgetScale\": 2}");

        assertThat(noFix.getStatusCode().value()).isEqualTo(409);
        assertThat(json(noFix.getBody()).get("errors").findValuesAsText("pointer")).containsExactly("/fromFix");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(json(unknown.getBody()).get("errors").findValuesAsText("pointer")).containsExactly("/fromFix");
        assertThat(withRecipe.getStatusCode().value()).isEqualTo(400);
        assertThat(json(withRecipe.getBody()).get("errors").findValuesAsText("pointer"))
                .containsExactly("/budgetScale");
        assertThat(json(api.get("/api/plans/" + parentId + "/scenarios").getBody())).isEmpty();
    }

    /** The fix of the component as the explanation of the plan's latest roadmap shows it. */
    private JsonNode fixShownFor(String planId, String componentId) {
        for (JsonNode component : json(api.get("/api/plans/" + planId + "/roadmap/explanation").getBody())
                .get("components")) {
            if (component.get("componentId").asText().equals(componentId)) {
                return component.get("fix");
            }
        }
        throw new AssertionError("no explanation of " + componentId);
    }

    /** Every increase, deferral and predecessor of the fix, and nothing else, is in the recipe. */
    private static void assertRecipeStatesTheFix(JsonNode recipe, JsonNode fix) {
        List<String> budgetChanges = new ArrayList<>();
        recipe.get("budgetChanges").forEach(change -> budgetChanges.add(change.get("fundingSource").asText() + " "
                + change.path("period").asText(change.path("phase").asText()) + " +"
                + amount(change.get("delta"))));
        List<String> budgetIncreases = new ArrayList<>();
        fix.get("budgetIncreases").forEach(increase -> budgetIncreases.add(increase.get("fundingSource").asText()
                + " " + (increase.get("period").isNull() ? increase.get("phase") : increase.get("period")).asText()
                + " +" + amount(increase.get("amount"))));
        List<String> capacityChanges = new ArrayList<>();
        recipe.get("capacityChanges").forEach(change -> capacityChanges.add(change.get("resource").asText() + " "
                + change.get("period").asText() + " +" + amount(change.get("delta"))));
        List<String> capacityIncreases = new ArrayList<>();
        fix.get("capacityIncreases").forEach(increase -> capacityIncreases.add(increase.get("resource").asText()
                + " " + increase.get("period").asText() + " +" + amount(increase.get("amount"))));
        List<String> made = new ArrayList<>();
        recipe.get("componentChanges").forEach(change -> made.add(change.get("componentId").asText()));
        List<String> mustBe = new ArrayList<>();
        fix.get("alsoSchedule").forEach(predecessor -> mustBe.add(predecessor.get("componentId").asText()));

        assertThat(budgetChanges).containsExactlyElementsOf(budgetIncreases);
        assertThat(capacityChanges).containsExactlyElementsOf(capacityIncreases);
        assertThat(recipe.get("remove")).isEqualTo(fix.get("defer"));
        assertThat(made.subList(1, made.size())).containsExactlyElementsOf(mustBe);
    }

    private static String amount(JsonNode number) {
        return number.decimalValue().stripTrailingZeros().toPlainString();
    }

    private ResponseEntity<String> postFromFix(String parentId, String componentId) {
        return api.postJson("/api/plans/" + parentId + "/scenarios", "{\"fromFix\": \"" + componentId + "\"}");
    }

    /** A deferred component of the parent's latest roadmap that has a fix, found by asking for its scenario. */
    private String firstFixable(String parentId) {
        for (String componentId : deferredIn(json(api.get("/api/plans/" + parentId + "/roadmap").getBody()))) {
            ResponseEntity<String> answer = postFromFix(parentId, componentId);
            if (answer.getStatusCode().value() == 201) {
                api.delete("/api/plans/" + json(answer.getBody()).get("id").asText());
                return componentId;
            }
        }
        throw new AssertionError("no deferred component of plan " + parentId + " has a fix");
    }

    /** The sample plan with every budget at 70 %, so that a solve defers components. */
    private static String tightSample() {
        ObjectNode sample = (ObjectNode) json(new String(ApiClient.data("vinh-phuc-egov-2.0.json"),
                StandardCharsets.UTF_8));
        sample.get("budgets").forEach(budget -> ((ObjectNode) budget).put("amount",
                budget.get("amount").decimalValue().multiply(new BigDecimal("0.7"))));
        return sample.toString();
    }

    private static List<String> deferredIn(JsonNode roadmap) {
        List<String> deferred = new ArrayList<>();
        roadmap.get("assignments").forEach(assignment -> {
            if (assignment.get("startPeriod").isNull()) {
                deferred.add(assignment.get("componentId").asText());
            }
        });
        return deferred;
    }

    private static List<String> scheduledIn(JsonNode roadmap) {
        List<String> scheduled = new ArrayList<>();
        roadmap.get("assignments").forEach(assignment -> {
            if (!assignment.get("startPeriod").isNull()) {
                scheduled.add(assignment.get("componentId").asText());
            }
        });
        return scheduled;
    }

    private static Assignment assignmentOf(Roadmap roadmap, String componentId) {
        return roadmap.assignments().stream().filter(assignment -> assignment.componentId().equals(componentId))
                .findFirst().orElseThrow();
    }
}
