package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;

class StartingRoadmapTest {

    /** One score calculation: the local search stops at once, so the roadmap is the construction's. */
    private static final SolveOptions CONSTRUCTION_ONLY = SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, 1)
            .withSearchThreads(1);

    private final RoadmapSolver solver = new RoadmapSolver();
    private final Plan example = TestFiles.examplePlan();

    @Test
    void constructionKeepsEveryStartOfTheStartingRoadmapThatStillFits() {
        // Later than the optimum (SOC and LGSP in 2023, MCDT and KDL in 2024): a construction from nothing starts
        // SOC in 2023 and MCDT in 2024; this roadmap starts them a year later.
        Map<String, Integer> starting = Map.of("TTDL", 0, "LGSP", 2, "SOC", 3, "MCDT", 4);

        Roadmap roadmap = solver.solveFrom(example, starting, CONSTRUCTION_ONLY);

        assertThat(roadmap.starts()).containsAllEntriesOf(starting);
        assertThat(solver.solve(example, CONSTRUCTION_ONLY).starts()).containsEntry("SOC", 2).containsEntry("MCDT", 3);
        assertThat(new RoadmapChecker().check(example, roadmap).feasible()).isTrue();
    }

    @Test
    void aStartThatNoLongerFitsIsDroppedAndItsComponentPlacedAgain() {
        // LGSP cannot start in 2022: TTDL, which it depends on, runs 2021–2022.
        Map<String, Integer> starting = Map.of("TTDL", 0, "LGSP", 1, "SOC", 2);

        Roadmap roadmap = solver.solveFrom(example, starting, CONSTRUCTION_ONLY);

        CheckReport report = new RoadmapChecker().check(example, roadmap);
        assertThat(report.violations()).isEmpty();
        assertThat(report.deferredMustComponentIds()).isEmpty();
        assertThat(roadmap.starts()).containsEntry("SOC", 2).containsEntry("LGSP", 2);
    }

    @Test
    void idsThePlanDoesNotHaveAreIgnored() {
        Roadmap roadmap = solver.solveFrom(example, Map.of("TTDL", 0, "GONE", 3), CONSTRUCTION_ONLY);

        assertThat(roadmap.starts()).doesNotContainKey("GONE");
        assertThat(new RoadmapChecker().check(example, roadmap).feasible()).isTrue();
    }
}
