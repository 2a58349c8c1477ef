package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.exact.ExactSettings;
import vn.lotrinh.planner.core.solver.explain.ComponentExplanation;
import vn.lotrinh.planner.core.solver.explain.Reason;

/**
 * The framework's rules in a solve, by each engine: two providers of one capability are never both scheduled, an
 * upgrade starts after what it replaces is live, and the framework preference brings in what the framework requires.
 * Limits are deterministic: score calculations, and CP-SAT's deterministic time.
 */
class FrameworkRulesSolveTest {

    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final RoadmapChecker CHECKER = new RoadmapChecker();

    private static SolveOptions options(Engine engine, Objective objective) {
        return SolveOptions.ofScoreCalculations(objective, 20_000).withEngine(engine)
                .withExact(ExactSettings.defaults().withDeterministicTimeLimit(20));
    }

    @ParameterizedTest
    @EnumSource(names = {"HEURISTIC", "EXACT"})
    void aSecondDataWarehouseIsNeverScheduledBesideTheFirstAndItsDeferralSaysWhy(Engine engine) {
        ObjectNode document = sample();
        ObjectNode second = component(document, "DATA_WAREHOUSE").deepCopy().put("id", "KHO_DL_2")
                .put("value", 80);
        ((ArrayNode) document.get("components")).add(second);
        raiseEveryBudget(document, 4);
        Plan plan = new PlanReader().read(document);

        Roadmap roadmap = SOLVER.solve(plan, options(engine, Objective.VALUE_OVER_TIME));

        assertThat(CHECKER.check(plan, roadmap).violations()).isEmpty();
        Map<String, Integer> starts = roadmap.starts();
        assertThat(starts.get("DATA_WAREHOUSE") == null || starts.get("KHO_DL_2") == null)
                .as("both warehouses scheduled: %s", starts).isTrue();
        String deferred = starts.get("KHO_DL_2") == null ? "KHO_DL_2" : "DATA_WAREHOUSE";
        String scheduled = deferred.equals("KHO_DL_2") ? "DATA_WAREHOUSE" : "KHO_DL_2";
        ComponentExplanation explanation = SOLVER.explain(plan, roadmap).components().stream()
                .filter(component -> component.componentId().equals(deferred)).findFirst().orElseThrow();
        assertThat(explanation.reasons()).anySatisfy(reason -> {
            assertThat(reason.kind()).isEqualTo(Reason.Kind.DUPLICATE);
            assertThat(reason.rule()).isEqualTo("No duplicate capability");
            assertThat(reason.component()).isEqualTo(scheduled);
            assertThat(reason.capability()).isEqualTo("FW_CSDL_DUNGCHUNG_TINH");
        });
    }

    @ParameterizedTest
    @EnumSource(names = {"HEURISTIC", "EXACT"})
    void anUpgradeWithoutADependencyStillStartsAfterTheSystemItReplacesIsLive(Engine engine) {
        ObjectNode document = sample();
        ObjectNode upgrade = component(document, "LGSP_UPGRADE");
        upgrade.remove("dependsOn");
        upgrade.remove("earliestStart");
        raiseEveryBudget(document, 4);
        Plan plan = new PlanReader().read(document);

        Roadmap roadmap = SOLVER.solve(plan, options(engine, Objective.VALUE_OVER_TIME));

        assertThat(CHECKER.check(plan, roadmap).violations()).isEmpty();
        Map<String, Integer> starts = roadmap.starts();
        assertThat(starts.get("LGSP")).isNotNull();
        assertThat(starts.get("LGSP_UPGRADE")).isNotNull().isGreaterThanOrEqualTo(starts.get("LGSP") + 1);
    }

    @ParameterizedTest
    @EnumSource(names = {"HEURISTIC", "EXACT"})
    void theFrameworkPreferenceFundsWhatTheFrameworkRequiresOverAnOptionWorthALittleMore(Engine engine) {
        Plan indifferent = new PlanReader().read(CHOICE_PLAN.formatted(0));
        Plan preferring = new PlanReader().read(CHOICE_PLAN.formatted(2));

        for (Objective objective : new Objective[] {Objective.MAX_VALUE, Objective.VALUE_OVER_TIME}) {
            Roadmap chosenByValue = SOLVER.solve(indifferent, options(engine, objective));
            Roadmap chosenByFramework = SOLVER.solve(preferring, options(engine, objective));

            assertThat(chosenByValue.starts()).as(objective + " without preference")
                    .containsEntry("CITIZEN_APP", 0).containsEntry("SOC", null);
            assertThat(chosenByFramework.starts()).as(objective + " with preference")
                    .containsEntry("SOC", 0).containsEntry("CITIZEN_APP", null);
            // The objective stays the plan's own: the preference steers the choice, it adds no value.
            assertThat(chosenByFramework.objectiveValue()).isLessThan(chosenByValue.objectiveValue());
        }
    }

    /** The budget fits one of the two; the app is worth 10, the SOC (required by the framework) 9. */
    private static final String CHOICE_PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "SOC hay ứng dụng công dân",
              "frameworkPreference": %d,
              "calendar": {"periodUnit": "YEAR", "start": "2025", "periods": 3},
              "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
              "budgets": [{"fundingSource": "NS_TINH", "period": "2025", "amount": 100},
                          {"fundingSource": "NS_TINH", "period": "2026", "amount": 0},
                          {"fundingSource": "NS_TINH", "period": "2027", "amount": 0}],
              "components": [
                {"id": "CITIZEN_APP", "name": "Ứng dụng công dân số", "duration": 1, "value": 10,
                 "capex": {"low": 100, "likely": 100, "high": 100}, "funding": {"NS_TINH": 1.0},
                 "delivers": ["FW_APP_TINH"]},
                {"id": "SOC", "name": "Trung tâm giám sát an toàn thông tin", "duration": 1, "value": 9,
                 "capex": {"low": 100, "likely": 100, "high": 100}, "funding": {"NS_TINH": 1.0},
                 "delivers": ["FW_SOC_TINH"]}
              ]
            }
            """;

    private static ObjectNode sample() {
        return (ObjectNode) PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json"));
    }

    private static ObjectNode component(ObjectNode document, String id) {
        for (var component : document.get("components")) {
            if (component.get("id").asText().equals(id)) {
                return (ObjectNode) component;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static void raiseEveryBudget(ObjectNode document, int factor) {
        for (var budget : document.get("budgets")) {
            ((ObjectNode) budget).put("amount", budget.get("amount").decimalValue().multiply(
                    java.math.BigDecimal.valueOf(factor)));
        }
    }
}
