package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.scenario.ScenarioDeriver;
import vn.lotrinh.planner.core.solver.explain.ComponentExplanation;
import vn.lotrinh.planner.core.solver.explain.Explanation;
import vn.lotrinh.planner.core.solver.explain.Fix;
import vn.lotrinh.planner.core.solver.explain.Fix.BudgetIncrease;

/**
 * Explanations of solved roadmaps, their fixes checked from outside: each fix is applied to the plan as a scenario
 * (budget and capacity increases as deltas) and to the roadmap (the component in, the predecessors with it, the
 * deferred out), and the result judged by the {@link RoadmapChecker}.
 */
class RoadmapExplainerTest {

    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final RoadmapChecker CHECKER = new RoadmapChecker();

    static Stream<Arguments> plans() {
        Stream<Arguments> sample = Stream.of(Arguments.of("sample", TestFiles.read("data/vinh-phuc-egov-2.0.json"),
                Objective.VALUE_OVER_TIME));
        Stream<Arguments> generated = Stream.of(1L, 2L, 3L, 4L).map(seed -> Arguments.of("generated " + seed,
                new RandomPlanGenerator(GeneratorSettings.builder().components(40).headroom(0.1).build())
                        .generate(seed).document().toString(),
                seed % 2 == 0 ? Objective.MAX_VALUE : Objective.VALUE_OVER_TIME));
        return Stream.concat(sample, generated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyDeferredComponentHasReasonsAndAFixThatAdmitsIt(String name, String json, Objective objective) {
        JsonNode document = PlanReader.parse(json);
        Plan plan = new PlanReader().read(document);
        Roadmap roadmap = SOLVER.solve(plan, SolveOptions.ofScoreCalculations(objective, 5_000));

        Explanation explanation = SOLVER.explain(plan, roadmap);

        List<ComponentExplanation> deferred = explanation.components().stream().filter(ComponentExplanation::deferred)
                .toList();
        assertThat(deferred).as("deferred components").isNotEmpty();
        for (ComponentExplanation component : deferred) {
            assertThat(component.reasons()).as(component.componentId()).isNotEmpty();
            Fix fix = component.fix();
            assertThat(fix).as(component.componentId()).isNotNull();
            if (fix.kind() == Fix.Kind.NONE) {
                assertThat(fitsAnywhere(plan, component.componentId())).as(component.componentId()).isFalse();
                continue;
            }
            assertThat(admits(document, plan, roadmap, fix, fix.budgetIncreases())).as(fix.toString()).isTrue();
            for (int i = 0; i < fix.budgetIncreases().size(); i++) {
                List<BudgetIncrease> lowered = new java.util.ArrayList<>(fix.budgetIncreases());
                BudgetIncrease increase = lowered.get(i);
                lowered.set(i, new BudgetIncrease(increase.fundingSource(), increase.period(), increase.phase(),
                        increase.amount().subtract(BigDecimal.ONE).max(BigDecimal.ZERO)));
                assertThat(admits(document, plan, roadmap, fix, lowered)).as("lowered " + increase).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aScheduledComponentIsExplainedOnlyByStartsEarlierThanItsOwn(String name, String json, Objective objective) {
        Plan plan = new PlanReader().read(json);
        Roadmap roadmap = SOLVER.solve(plan, SolveOptions.ofScoreCalculations(objective, 5_000));

        for (ComponentExplanation component : SOLVER.explain(plan, roadmap).components()) {
            if (!component.deferred()) {
                int start = plan.calendar().indexInHorizon(component.start()).orElseThrow();
                assertThat(component.reasons()).allSatisfy(reason -> assertThat(
                        plan.calendar().indexInHorizon(reason.start()).orElseThrow()).isLessThan(start));
                assertThat(component.fix()).isNull();
            }
        }
    }

    /**
     * Whether the plan with these budget increases and the fix's capacity increases, and the roadmap with the fix,
     * break no hard rule, schedule the component and defer no MUST component the roadmap schedules.
     */
    private static boolean admits(JsonNode document, Plan plan, Roadmap roadmap, Fix fix,
            List<BudgetIncrease> budgetIncreases) {
        ObjectNode recipe = JsonNodeFactory.instance.objectNode().put("name", "Sửa");
        ArrayNode budgets = recipe.putArray("budgetChanges");
        budgetIncreases.forEach(increase -> {
            ObjectNode change = budgets.addObject().put("fundingSource", increase.fundingSource())
                    .put("delta", increase.amount());
            if (increase.period() != null) {
                change.put("period", increase.period());
            } else {
                change.put("phase", increase.phase());
            }
        });
        ArrayNode capacities = recipe.putArray("capacityChanges");
        fix.capacityIncreases().forEach(increase -> capacities.addObject().put("resource", increase.resource())
                .put("period", increase.period()).put("delta", increase.amount()));
        Plan fixed = new ScenarioDeriver().derive(document, plan, recipe).plan();
        Map<String, Integer> starts = new HashMap<>(roadmap.starts());
        starts.put(fix.componentId(), index(plan, fix.start()));
        fix.alsoSchedule().forEach(also -> starts.put(also.componentId(), index(plan, also.start())));
        fix.defer().forEach(id -> starts.put(id, null));
        CheckReport report = CHECKER.check(fixed, starts, roadmap.objective());
        List<String> mustDeferredBefore = CHECKER.check(plan, roadmap).deferredMustComponentIds();
        return report.feasible() && mustDeferredBefore.containsAll(report.deferredMustComponentIds());
    }

    /** Whether the component fits at some start with every optional component deferred. */
    private static boolean fitsAnywhere(Plan plan, String componentId) {
        Map<String, Integer> starts = new HashMap<>();
        Roadmap needed = SOLVER.solve(plan.withCaps(plan.budgets(), plan.capacities()),
                SolveOptions.ofScoreCalculations(Objective.MIN_MAKESPAN, 1));
        needed.assignments().forEach(assignment -> {
            Component component = plan.componentsById().get(assignment.componentId());
            if (component.isMust() || component.isPinned()) {
                starts.put(assignment.componentId(), assignment.start());
            }
        });
        for (int start = 0; start < plan.horizon(); start++) {
            Map<String, Integer> tried = new HashMap<>(starts);
            tried.put(componentId, start);
            if (CHECKER.check(plan, tried, Objective.MAX_VALUE).feasible()) {
                return true;
            }
        }
        return false;
    }

    private static Integer index(Plan plan, String label) {
        return plan.calendar().indexInHorizon(label).orElseThrow();
    }
}
