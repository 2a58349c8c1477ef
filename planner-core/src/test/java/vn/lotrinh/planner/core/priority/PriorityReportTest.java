package vn.lotrinh.planner.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.priority.PriorityReport.JudgedComparison;

class PriorityReportTest {

    private final Plan plan = new PlanReader().read(TestFiles.read("data/sample-priorities.json"));

    @Test
    void judgesEveryComparisonInPlanOrderWithItsShareAndTheRatioTheOthersImply() {
        PriorityReport report = PriorityReport.of(plan);

        assertThat(report.comparisons()).extracting(JudgedComparison::a, JudgedComparison::ratio)
                .containsExactlyElementsOf(plan.priorities().comparisons().stream()
                        .map(c -> tuple(c.a(), c.ratio())).toList());
        assertThat(report.comparisons().stream().mapToDouble(JudgedComparison::inconsistencyShare).sum())
                .isCloseTo(1, within(1e-9));
        // PHAP_LY over KHUNG through NGUOI_DAN: 1 × 2, through SAN_SANG: 3 × 1/2, through RUI_RO: 4 × 1/2.
        JudgedComparison lawOverFramework = report.comparisons().get(1);
        assertThat(lawOverFramework.b()).isEqualTo("KHUNG");
        assertThat(lawOverFramework.impliedRatio()).isCloseTo(Math.cbrt(2 * 1.5 * 2), within(1e-12));
        // SAN_SANG over RUI_RO through PHAP_LY: 1/3 × 4, through NGUOI_DAN: 1/3 × 4, through KHUNG: 1/2 × 2.
        JudgedComparison readinessOverRisk = report.comparisons().get(9);
        assertThat(readinessOverRisk.a()).isEqualTo("SAN_SANG");
        assertThat(readinessOverRisk.impliedRatio()).isCloseTo(Math.cbrt((1 / 3.0 * 4) * (1 / 3.0 * 4) * (0.5 * 2)),
                within(1e-12));
        assertThat(report.randomIndex()).isEqualTo(1.12);
        assertThat(report.components()).hasSize(13);
        assertThat(report.sensitivity()).hasSize(5);
    }

    @Test
    void aPlanWithoutCriteriaHasNoReport() {
        Plan none = new PlanReader().read(TestFiles.examplePlanJson());

        assertThatThrownBy(() -> PriorityReport.of(none)).isInstanceOf(IllegalArgumentException.class);
    }
}
