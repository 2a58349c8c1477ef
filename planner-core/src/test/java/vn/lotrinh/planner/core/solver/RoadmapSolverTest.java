package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;

class RoadmapSolverTest {

    /** Score calculations per search: the example plan's optima are reached within a third of these. */
    private static final long SCORE_CALCULATIONS = 20_000;

    private final RoadmapSolver solver = new RoadmapSolver();
    private final Plan example = TestFiles.examplePlan();

    @Test
    void findsTheProvenOptimumOfTheExamplePlan() {
        Roadmap roadmap = solver.solve(example, SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, SCORE_CALCULATIONS));

        assertThat(roadmap.feasible()).isTrue();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo("880");
        assertThat(roadmap.score()).isEqualTo("0hard/0medium/880soft");
        assertThat(roadmap.starts()).containsAllEntriesOf(Map.of("TTDL", 0, "LGSP", 2, "SOC", 2, "MCDT", 3, "KDL", 3));
        assertThat(roadmap.starts()).containsEntry("IOC", null).containsEntry("IOC_THUE", null);
        CheckReport report = new RoadmapChecker().check(example, roadmap);
        assertThat(report.violations()).isEmpty();
        assertThat(report.objectiveValue()).isEqualByComparingTo(roadmap.objectiveValue());
    }

    @Test
    void findsTheProvenOptimumOfTheExamplePlanUnderMaxValue() {
        Roadmap roadmap = solver.solve(example, SolveOptions.ofScoreCalculations(Objective.MAX_VALUE, SCORE_CALCULATIONS));

        assertThat(roadmap.feasible()).isTrue();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo(new BigDecimal("350"));
        assertThat(new RoadmapChecker().check(example, roadmap).feasible()).isTrue();
    }

    @Test
    void explainsWhyEachDeferredComponentIsDeferred() {
        Roadmap roadmap = solver.solve(example, SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, SCORE_CALCULATIONS));

        Assignment ioc = roadmap.assignments().stream().filter(a -> a.componentId().equals("IOC")).findFirst()
                .orElseThrow();
        assertThat(ioc.deferred()).isTrue();
        // KDL may start 2023 at the earliest (its window) but needs LGSP, which needs TTDL (pinned 2021–2022):
        // LGSP 2023, KDL 2024–2025, so IOC could start 2026 at the earliest, after the horizon.
        assertThat(ioc.reasons()).containsExactly(Text.of(
                "cannot finish by 2025: its predecessor KDL finishes in 2025 at the earliest, so it cannot start before 2026",
                "không thể hoàn thành kịp 2025: hạng mục đi trước KDL sớm nhất hoàn thành 2025, nên không thể bắt đầu "
                        + "trước 2026"));
    }
}
