package vn.lotrinh.planner.core.solver.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;

/** The descriptions users read as violations and deferral reasons, in both languages; periods 0 … 5 are 2021 … 2026. */
class RuleBreachTest {

    private static final IntFunction<String> YEARS = new PlanCalendar(PeriodUnit.YEAR, 2021, 1, 6)::label;

    @Test
    void budgetOverrunNamesTheCapTheSpendingAndTheCapAmountInPlanUnits() {
        BudgetOverrun overrun = new BudgetOverrun(
                new BudgetCap("NS_TINH 2023", 0, 2, 2, 40_000_000, false), 41_000_000);

        assertThat(overrun.describe(YEARS)).isEqualTo(Text.of("budget NS_TINH 2023: 41000 of 40000",
                "ngân sách NS_TINH 2023: chi 41000, trần 40000"));
    }

    @Test
    void budgetOverrunShowsFractionalUnitsWithoutTrailingZeros() {
        BudgetOverrun overrun = new BudgetOverrun(new BudgetCap("NS_TW GD1", 1, 0, 2, 10_000, true), 12_500);

        assertThat(overrun.describe(YEARS)).isEqualTo(Text.of("budget NS_TW GD1: 12.5 of 10",
                "ngân sách NS_TW GD1: chi 12.5, trần 10"));
    }

    @Test
    void capacityOverloadNamesTheResourcePeriodDemandAndCapacity() {
        CapacityOverload overload = new CapacityOverload(new CapacityCap("STAFF 2023", 0, 2, 3_000), 4_500);

        assertThat(overload.describe(YEARS)).isEqualTo(Text.of("capacity STAFF 2023: 4.5 of 3",
                "năng lực STAFF 2023: cần 4.5, tối đa 3"));
    }

    @Test
    void dependencyBreachNamesThePredecessorsLastPeriodAndTheLag() {
        // B starts in period 2; A runs until period 2 (end 3) and B needs one more period after it.
        DependencyBreach breach = new DependencyBreach("B", 2, "A", 3, 1);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("B starts 2023 but A finishes 2023 and needs a lag of 1",
                "B bắt đầu 2023 nhưng A hoàn thành 2023 và cần chờ thêm 1 kỳ"));
    }

    @Test
    void dependencyBreachWithoutLagLeavesTheLagOut() {
        DependencyBreach breach = new DependencyBreach("B", 1, "A", 3, 0);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("B starts 2022 but A finishes 2023",
                "B bắt đầu 2022 nhưng A hoàn thành 2023"));
    }

    @Test
    void dependencyBreachOnADeferredPredecessorSaysSo() {
        DependencyBreach breach = new DependencyBreach("B", 1, "A", null, 0);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("B starts 2022 but its predecessor A is deferred",
                "B bắt đầu 2022 nhưng hạng mục đi trước A bị hoãn"));
    }

    @Test
    void dependencyBreachShortfallCountsPeriodsTheSuccessorMustMoveLater() {
        // A ends at 3, lag 1: B may start at 4; at 2 it is 2 periods early, at 4 or later not at all.
        assertThat(DependencyBreach.shortfall(2, 3, 1)).isEqualTo(2);
        assertThat(DependencyBreach.shortfall(4, 3, 1)).isZero();
    }

    @Test
    void exclusionBreachNamesBothAlternatives() {
        ExclusionBreach breach = new ExclusionBreach("IOC", "IOC_THUE");

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of(
                "IOC and IOC_THUE exclude each other but are both scheduled",
                "IOC và IOC_THUE loại trừ nhau nhưng đều có trong lộ trình"));
    }

    @Test
    void duplicateCapabilityBreachNamesBothComponentsAndWhatTheyBothDeliver() {
        DuplicateCapabilityBreach breach = new DuplicateCapabilityBreach("DVC", "DVC_MOI", List.of("DVC_TT", "TT"));

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("DVC and DVC_MOI both deliver DVC_TT, TT but are both "
                + "scheduled", "DVC và DVC_MOI cùng cung cấp DVC_TT, TT nhưng đều có trong lộ trình"));
    }

    @Test
    void replacementBreachNamesTheReplacedComponentAndWhenItFinishes() {
        // The newer starts in period 2; the older runs until period 3 (end 4).
        ReplacementBreach breach = new ReplacementBreach("LGSP_MOI", 2, "LGSP", 4);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("LGSP_MOI starts 2023 but LGSP, which it replaces, "
                + "finishes 2024", "LGSP_MOI bắt đầu 2023 nhưng LGSP, hệ thống mà nó thay thế, hoàn thành 2024"));
    }

    @Test
    void horizonBreachNamesTheLastImplementationPeriodAndTheHorizonsLastPeriod() {
        // Ends at 8: runs until period 7 (2028) of a horizon ending in period 5 (2026).
        HorizonBreach breach = new HorizonBreach("KDL", 8, 6);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("KDL finishes 2028, after the horizon ends 2026",
                "KDL hoàn thành 2028, sau khi kỳ kế hoạch kết thúc 2026"));
    }

    @Test
    void mustDeferredNamesTheComponent() {
        assertThat(new MustDeferred("TTDL").describe(YEARS)).isEqualTo(Text.of("TTDL is MUST but deferred",
                "TTDL là hạng mục bắt buộc (MUST) nhưng bị hoãn"));
    }

    @Test
    void pinBreachNamesThePinAndTheActualStart() {
        PinBreach breach = new PinBreach("LGSP", 1, 3);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("LGSP is pinned to 2022 but starts 2024",
                "LGSP được ấn định bắt đầu 2022 nhưng bắt đầu 2024"));
    }

    @Test
    void pinBreachOfADeferredComponentSaysSo() {
        PinBreach breach = new PinBreach("LGSP", 1, null);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("LGSP is pinned to 2022 but is deferred",
                "LGSP được ấn định bắt đầu 2022 nhưng bị hoãn"));
    }

    @Test
    void windowBreachBeforeTheEarliestStartNamesBothStarts() {
        WindowBreach breach = new WindowBreach("SOC", 1, 2, 3, null);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("SOC starts 2022, before its earliest start 2024",
                "SOC bắt đầu 2022, trước thời điểm bắt đầu sớm nhất 2024"));
    }

    @Test
    void windowBreachAfterTheLatestFinishNamesTheLastImplementationPeriod() {
        // Runs in periods 2–4, latest finish period 2.
        WindowBreach breach = new WindowBreach("SOC", 2, 5, null, 2);

        assertThat(breach.describe(YEARS)).isEqualTo(Text.of("SOC finishes 2025, after its latest finish 2023",
                "SOC hoàn thành 2025, sau thời điểm hoàn thành muộn nhất 2023"));
    }

    @Test
    void windowBreachCountsPeriodsOutsideOnBothSides() {
        // Earliest start 2, starts at 1: 1 early; runs until 4, latest finish 3: 1 late.
        assertThat(WindowBreach.periodsOutside(1, 5, 2, 3)).isEqualTo(2);
        assertThat(WindowBreach.periodsOutside(2, 4, 2, 3)).isZero();
    }
}
