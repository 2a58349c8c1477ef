package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.explain.ComponentExplanation;
import vn.lotrinh.planner.core.solver.explain.Explanation;
import vn.lotrinh.planner.core.solver.explain.Fix;
import vn.lotrinh.planner.core.solver.explain.Fix.BudgetIncrease;

/**
 * Explanations of solved roadmaps, their fixes checked from outside ({@link AppliedFix}): each fix is applied to the
 * plan as a scenario and to the roadmap, and the result judged by the {@link RoadmapChecker}.
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
            assertThat(AppliedFix.admits(document, plan, roadmap, fix)).as(fix.toString()).isTrue();
            for (int i = 0; i < fix.budgetIncreases().size(); i++) {
                List<BudgetIncrease> lowered = new java.util.ArrayList<>(fix.budgetIncreases());
                BudgetIncrease increase = lowered.get(i);
                lowered.set(i, new BudgetIncrease(increase.fundingSource(), increase.period(), increase.phase(),
                        increase.amount().subtract(BigDecimal.ONE).max(BigDecimal.ZERO)));
                assertThat(AppliedFix.admits(document, plan, roadmap, fix, lowered)).as("lowered " + increase)
                        .isFalse();
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
}
