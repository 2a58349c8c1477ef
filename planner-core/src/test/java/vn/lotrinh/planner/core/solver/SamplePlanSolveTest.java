package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.SampleRoadmap;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;

class SamplePlanSolveTest {

    private static final long SCORE_CALCULATIONS = 20_000;

    private final Plan sample = new PlanReader().read(TestFiles.read(SampleRoadmap.FILE));

    /** The solve of {@link SampleRoadmap}, 20,000 score calculations under {@code VALUE_OVER_TIME}. */
    @Test
    void solvesTheVinhPhucPlanToAFeasibleRoadmapWithEveryMustComponentAndExplainedDeferrals() {
        Roadmap roadmap = SampleRoadmap.valueOverTime();

        CheckReport report = new RoadmapChecker().check(sample, roadmap);
        assertThat(report.violations()).isEmpty();
        assertThat(report.deferredMustComponentIds()).isEmpty();
        assertThat(roadmap.feasible()).isTrue();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo(report.objectiveValue());
        assertThat(roadmap.assignments()).filteredOn(Assignment::deferred).isNotEmpty()
                .allSatisfy(deferred -> assertThat(deferred.reasons()).isNotEmpty());
        assertThat(sample.components()).filteredOn(Component::isMust)
                .allSatisfy(must -> assertThat(roadmap.starts().get(must.id())).isNotNull());
    }

    @Test
    void aSolveBoundedByScoreCalculationsGivesTheSameRoadmapEveryTime() {
        SolveOptions options = SolveOptions.ofScoreCalculations(Objective.MAX_VALUE, SCORE_CALCULATIONS);
        RoadmapSolver solver = new RoadmapSolver();

        Roadmap first = solver.solve(sample, options);
        Roadmap second = solver.solve(sample, options);

        assertThat(second.score()).isEqualTo(first.score());
        assertThat(second.assignments()).isEqualTo(first.assignments());
    }
}
