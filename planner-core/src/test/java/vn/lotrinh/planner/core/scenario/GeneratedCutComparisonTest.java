package vn.lotrinh.planner.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.BindingCaps;
import vn.lotrinh.planner.core.roadmap.CapUse;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.Change;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.ComponentDifference;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * Generated plans: the tightest yearly budget line of a roadmap cut by 20 % in its year, as a scenario, solved again
 * and compared with the first roadmap. Without pins, so that the cut never forces a roadmap to break a rule.
 */
class GeneratedCutComparisonTest {

    private static final SolveOptions OPTIONS = SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, 20_000);
    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final BigDecimal CUT = new BigDecimal("0.8");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aCutOfTheTightestLineInOneYearMovesOrDefersWhatSpentThereAndTheComparisonNamesExactlyThat(long seed) {
        JsonNode document = new RandomPlanGenerator(GeneratorSettings.builder().components(40).headroom(0.1)
                .pinShare(0).build()).generate(seed).document();
        Plan plan = new PlanReader().read(document);
        Roadmap before = SOLVER.solve(plan, OPTIONS);
        CapUse tightest = new BindingCaps().of(plan, before.starts()).stream()
                .filter(cap -> cap.kind() == CapUse.Kind.PERIOD_BUDGET)
                .max(Comparator.comparing(cap -> cap.used().divide(cap.cap(), 6, RoundingMode.HALF_UP)))
                .orElseThrow();
        assertThat(tightest.used()).as("the line the cut bites").isGreaterThan(tightest.cap().multiply(CUT));
        Plan cut = new ScenarioDeriver().derive(document, plan, PlanReader.parse("{\"name\": \"Cắt 20 %\","
                + " \"budgetChanges\": [{\"fundingSource\": \"" + tightest.fundingSource() + "\", \"period\": \""
                + tightest.period() + "\", \"scale\": 0.8}]}")).plan();

        Roadmap after = SOLVER.solve(cut, OPTIONS);
        RoadmapComparison comparison = new RoadmapComparer().compare(plan, before, cut, after);

        assertThat(new RoadmapChecker().check(cut, after).violations()).as("the cut plan's roadmap").isEmpty();
        assertThat(new RoadmapChecker().check(cut, before).violations()).as("the first roadmap under the cut")
                .isNotEmpty();
        Set<String> differing = plan.components().stream().map(c -> c.id())
                .filter(id -> !Objects.equals(before.starts().get(id), after.starts().get(id)))
                .collect(Collectors.toSet());
        Set<String> named = comparison.components().stream()
                .filter(c -> c.change() == Change.MOVED || c.change() == Change.NEWLY_DEFERRED
                        || c.change() == Change.NEWLY_SCHEDULED)
                .map(ComponentDifference::componentId).collect(Collectors.toSet());
        assertThat(differing).isNotEmpty();
        assertThat(named).isEqualTo(differing);
    }
}
