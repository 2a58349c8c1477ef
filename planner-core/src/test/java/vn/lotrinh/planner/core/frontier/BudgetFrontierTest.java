package vn.lotrinh.planner.core.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

class BudgetFrontierTest {

    private static final SolveOptions OPTIONS = SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, 3_000);
    private static final RoadmapSolver SOLVER = new RoadmapSolver();

    private final JsonNode document = PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json"));
    private final Plan sample = new PlanReader().read(document);

    @Test
    void moreMoneyNeverShowsLessValueAndEveryPointKeepsItsOwnScaledPlan() {
        BudgetFrontier frontier = new BudgetFrontier(SOLVER);

        List<FrontierPoint> points = frontier.trace(document, sample,
                new FrontierSpec(FrontierSpec.DEFAULT_SCALES, null, OPTIONS), point -> { });

        assertThat(points).extracting(FrontierPoint::scale).containsExactlyElementsOf(FrontierSpec.DEFAULT_SCALES);
        for (int i = 1; i < points.size(); i++) {
            FrontierPoint below = points.get(i - 1);
            FrontierPoint point = points.get(i);
            assertThat(point.budgetTotal()).isGreaterThan(below.budgetTotal());
            assertThat(point.mustDeferred()).isLessThanOrEqualTo(below.mustDeferred());
            if (point.mustDeferred() == below.mustDeferred()) {
                assertThat(point.objectiveValue()).isGreaterThanOrEqualTo(below.objectiveValue());
            }
        }
        for (FrontierPoint point : points) {
            Plan scaled = frontier.scaledPlan(document, sample, point.scale(), null);
            CheckReport report = new RoadmapChecker().check(scaled, startsIn(scaled, point), Objective.VALUE_OVER_TIME);
            assertThat(report.violations()).isEmpty();
            assertThat(report.objectiveValue()).isEqualByComparingTo(point.objectiveValue());
            assertThat(report.deferredMustComponentIds()).hasSize(point.mustDeferred());
            assertThat(point.feasible()).isEqualTo(point.mustDeferred() == 0);
        }
    }

    @Test
    void theMarginalValueIsTheObjectiveGainedPerUnitOfExtraBudgetSinceThePointBelow() {
        List<FrontierPoint> points = new BudgetFrontier(SOLVER).trace(document, sample,
                new FrontierSpec(List.of(new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.2")), null, OPTIONS),
                point -> { });

        assertThat(points.get(0).marginalValue()).isNull();
        for (int i = 1; i < points.size(); i++) {
            BigDecimal gained = points.get(i).objectiveValue().subtract(points.get(i - 1).objectiveValue());
            BigDecimal extra = points.get(i).budgetTotal().subtract(points.get(i - 1).budgetTotal());
            assertThat(points.get(i).marginalValue()).isEqualByComparingTo(gained.divide(extra, new MathContext(12)));
        }
    }

    @Test
    void aFrontierOfOneBudgetLineScalesOnlyThatLinesCaps() {
        BudgetFrontier frontier = new BudgetFrontier(SOLVER);

        List<FrontierPoint> points = frontier.trace(document, sample,
                new FrontierSpec(List.of(new BigDecimal("0.5"), BigDecimal.ONE), "NSTW", OPTIONS), point -> { });

        // NSTW's budgets: 3,500 in 2021 and 2022, 4,000 in 2023–2025: 19,000 in all.
        assertThat(points).extracting(FrontierPoint::budgetTotal)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("9500"), new BigDecimal("19000"));
        Plan halfNstw = frontier.scaledPlan(document, sample, new BigDecimal("0.5"), "NSTW");
        assertThat(halfNstw.budgets()).filteredOn(b -> !b.fundingSourceId().equals("NSTW"))
                .containsExactlyElementsOf(sample.budgets().stream()
                        .filter(b -> !b.fundingSourceId().equals("NSTW")).toList());
    }

    @Test
    void stoppingKeepsThePointsFinishedAndSolvesNoFurther() {
        BudgetFrontier frontier = new BudgetFrontier(SOLVER);
        List<FrontierPoint> seen = new ArrayList<>();

        List<FrontierPoint> points = frontier.trace(document, sample,
                new FrontierSpec(FrontierSpec.DEFAULT_SCALES, null, OPTIONS), point -> {
                    seen.add(point);
                    frontier.stop();
                });

        assertThat(points).hasSize(1).isEqualTo(seen);
    }

    private static Map<String, Integer> startsIn(Plan plan, FrontierPoint point) {
        Map<String, Integer> starts = new HashMap<>();
        point.starts().forEach((id, label) -> starts.put(id, plan.calendar().indexInHorizon(label).orElseThrow()));
        return starts;
    }
}
