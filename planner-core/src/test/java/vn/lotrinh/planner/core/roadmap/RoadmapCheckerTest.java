package vn.lotrinh.planner.core.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * The checker against the spec's example plan (H = 5 years, 2021 = index 0 … 2025 = index 4) and small inline plans.
 * Expected amounts are worked out by hand from plan-format.md in each test's comment.
 *
 * <p>The golden roadmap's spending, for reference (million VND): TTDL capex 8400 / 3600 in 2021 / 2022 and opex 600
 * from 2023, all NS_TINH; LGSP 10000 in 2023, opex 800 from 2024, NS_TINH; SOC 18000 in 2023, opex 1500 from 2024,
 * half NS_TINH and half NS_TW; MCDT 9000 in 2024, opex 700 in 2025, NS_TINH; KDL 7000 / 7000 in 2024 / 2025, NS_TW.
 */
class RoadmapCheckerTest {

    private static final String EXAMPLE_JSON = readExample();

    private final RoadmapChecker checker = new RoadmapChecker();
    private final Plan example = new PlanReader().read(EXAMPLE_JSON);

    @Test
    void goldenRoadmapIsFeasibleWorth880OverTime() {
        // value × (H − s − d + 1): TTDL 60×4 + LGSP 80×3 + SOC 50×3 + MCDT 90×2 + KDL 70×1 = 240+240+150+180+70 = 880
        CheckReport report = checker.check(example, golden(), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).isEmpty();
        assertThat(report.feasible()).isTrue();
        assertThat(report.objectiveValue()).isEqualTo(new BigDecimal("880"));
        assertThat(report.objectiveValue().toString()).isEqualTo("880");
    }

    @Test
    void goldenRoadmapIsWorth350InValue() {
        // 60 + 80 + 50 + 90 + 70 = 350
        CheckReport report = checker.check(example, golden(), Objective.MAX_VALUE);

        assertThat(report.objectiveValue()).isEqualTo(new BigDecimal("350"));
    }

    @Test
    void goldenRoadmapHasMakespanOfFivePeriods() {
        // s + d: TTDL 0+2, LGSP 2+1, SOC 2+1, MCDT 3+1, KDL 3+2 → max 5, objective −5
        CheckReport report = checker.check(example, golden(), Objective.MIN_MAKESPAN);

        assertThat(report.objectiveValue()).isEqualTo(new BigDecimal("-5"));
    }

    @Test
    void nothingScheduledIsWorthZeroForEveryObjective() {
        Map<String, Integer> none = Map.of();

        assertThat(checker.check(example, none, Objective.VALUE_OVER_TIME).objectiveValue()).isEqualTo(BigDecimal.ZERO);
        assertThat(checker.check(example, none, Objective.MAX_VALUE).objectiveValue()).isEqualTo(BigDecimal.ZERO);
        assertThat(checker.check(example, none, Objective.MIN_MAKESPAN).objectiveValue()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void checksARoadmapByItsStartsAndObjective() {
        List<Assignment> assignments = new ArrayList<>();
        golden().forEach((id, start) -> assignments.add(start == null
                ? Assignment.deferred(id, List.of(Text.verbatim("Dependency order")))
                : scheduled(id, start)));
        Roadmap roadmap = new Roadmap(Objective.MAX_VALUE, "0hard/0medium/350soft", true, null, assignments, List.of());

        CheckReport report = checker.check(example, roadmap);

        assertThat(report.feasible()).isTrue();
        assertThat(report.objectiveValue()).isEqualTo(new BigDecimal("350"));
    }

    @Test
    void deferredMustComponentIsListedButIsNoViolation() {
        // SOC deferred: only IOC (itself deferred) depends on it, and it frees budget and staff.
        Map<String, Integer> starts = golden();
        starts.put("SOC", null);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(report.feasible()).isTrue();
        assertThat(report.deferredMustComponentIds()).containsExactly("SOC");
    }

    @Test
    void listsDeferredMustComponentsInPlanOrder() {
        CheckReport report = checker.check(example, Map.of("TTDL", 0), Objective.VALUE_OVER_TIME);

        assertThat(report.deferredMustComponentIds()).containsExactly("SOC", "LGSP");
    }

    @Test
    void rejectsStartOfComponentNotInPlan() {
        Map<String, Integer> starts = golden();
        starts.put("ERP", 2);

        assertThatThrownBy(() -> checker.check(example, starts, Objective.VALUE_OVER_TIME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ERP");
    }

    @Test
    void reportsSuccessorStartingBeforePredecessorFinishes() {
        // SOC 2022 needs TTDL (0 + 2 + lag 0 = 2, i.e. 2023). Nothing else breaks: NS_TINH 2022 = 3600 + 9000 = 12600
        // of 16000, GD1 = 8400 + 12600 = 21000 of 28000, STAFF 2022 = 2 + 2 = 4 of 6.
        Map<String, Integer> starts = golden();
        starts.put("SOC", 1);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Dependency order", List.of("SOC", "TTDL"),
                "SOC starts 2022 but TTDL finishes 2022 (lag 0)"));
    }

    @Test
    void reportsSuccessorOfDeferredPredecessor() {
        // KDL deferred, IOC_THUE in 2025: NS_TINH 2025 = 2850 + 2000 = 4850 of 18000, IOC_THUE uses no staff.
        Map<String, Integer> starts = golden();
        starts.put("KDL", null);
        starts.put("IOC_THUE", 4);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Dependency order", List.of("IOC_THUE", "KDL"),
                "IOC_THUE starts 2025 but its predecessor KDL is deferred"));
    }

    @Test
    void reportsDependencyLagInQuarters() {
        // KHAO_SAT runs 2024-Q3 … 2024-Q4 (0, 1); with lag 1 TRIEN_KHAI may start at 0 + 2 + 1 = 3 (2025-Q2).
        Plan plan = new PlanReader().read(QUARTERS_PLAN);

        CheckReport report = checker.check(plan, Map.of("KHAO_SAT", 0, "TRIEN_KHAI", 2), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Dependency order",
                List.of("TRIEN_KHAI", "KHAO_SAT"), "TRIEN_KHAI starts 2025-Q1 but KHAO_SAT finishes 2024-Q4 (lag 1)"));
    }

    @Test
    void acceptsSuccessorStartingExactlyWhenLagEnds() {
        Plan plan = new PlanReader().read(QUARTERS_PLAN);

        CheckReport report = checker.check(plan, Map.of("KHAO_SAT", 0, "TRIEN_KHAI", 3), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void recomputesFractionalValueOverTimeExactly() {
        // H = 6: KHAO_SAT 1.5 × (6 − 0 − 2 + 1) = 7.5, TRIEN_KHAI 1 × (6 − 3 − 1 + 1) = 3 → 10.5
        Plan plan = new PlanReader().read(QUARTERS_PLAN);

        CheckReport report = checker.check(plan, Map.of("KHAO_SAT", 0, "TRIEN_KHAI", 3), Objective.VALUE_OVER_TIME);

        assertThat(report.objectiveValue()).isEqualTo(new BigDecimal("10.5"));
    }

    @Test
    void reportsPeriodBudgetBrokenByOpex() {
        // SOC and MCDT in 2025, KDL 2024. NS_TINH 2025: capex SOC 18000 × 0.5 + MCDT 9000 = 18000, exactly the budget,
        // plus opex TTDL 600 + LGSP 800 = 19400 of 18000. STAFF 2025 = SOC 2 + MCDT 2 + KDL 2 = 6 of 6;
        // NS_TW GD2 = 9000 + 14000 = 23000 of 26000.
        Map<String, Integer> starts = golden();
        starts.put("SOC", 4);
        starts.put("MCDT", 4);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Period budget",
                List.of("TTDL", "SOC", "LGSP", "MCDT"), "budget NS_TINH 2025: 19400 of 18000"));
    }

    @Test
    void countsOpexFromTheGoLivePeriod() {
        // CONG_DV runs in 2025 and is live from 2026: its opex of 10 falls in 2026, over the budget of 5.
        Plan plan = new PlanReader().read(GO_LIVE_PLAN);

        CheckReport report = checker.check(plan, Map.of("CONG_DV", 0), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Period budget", List.of("CONG_DV"),
                "budget NS_TINH 2026: 10 of 5"));
    }

    @Test
    void leavesOpexOutOfBudgetsWhenThePlanSaysSo() {
        // The same schedule as above with opexInBudget false: NS_TINH 2025 = 18000 of 18000.
        Plan plan = new PlanReader().read(EXAMPLE_JSON.replace("\"opexInBudget\": true", "\"opexInBudget\": false"));
        Map<String, Integer> starts = golden();
        starts.put("SOC", 4);
        starts.put("MCDT", 4);

        CheckReport report = checker.check(plan, starts, Objective.VALUE_OVER_TIME);

        assertThat(plan.economics().opexInBudget()).isFalse();
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void reportsPhaseBudgetOverItsPeriods() {
        // SOC and LGSP in 2022: NS_TINH GD1 = TTDL 8400 + 3600 + SOC 9000 + LGSP 10000 = 31000 of 28000
        // (their opex starts in 2023, outside GD1).
        Map<String, Integer> starts = golden();
        starts.put("SOC", 1);
        starts.put("LGSP", 1);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Phase budget")).containsExactly(new Violation("Phase budget",
                List.of("TTDL", "SOC", "LGSP"), "budget NS_TINH GD1: 31000 of 28000"));
    }

    @Test
    void roundsEachFundedShareToTheMilliUnit() {
        // 100.001 split half and half: 0.5 × 100001 milli = 50000.5, rounded half up to 50001 = 50.001 for NS_TW.
        Plan plan = new PlanReader().read(SPLIT_FUNDING_PLAN);

        CheckReport report = checker.check(plan, Map.of("CSDL", 0), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Period budget", List.of("CSDL"),
                "budget NS_TW 2025: 50.001 of 50"));
    }

    @Test
    void reportsCapacityUnderThePeriodOverride() {
        // SOC and LGSP in 2021 with TTDL: STAFF 2 + 2 + 2 = 6, over the 2021 override of 4.
        Map<String, Integer> starts = golden();
        starts.put("SOC", 0);
        starts.put("LGSP", 0);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Resource capacity")).containsExactly(new Violation("Resource capacity",
                List.of("TTDL", "SOC", "LGSP"), "capacity STAFF 2021: 6 of 4"));
    }

    @Test
    void appliesCapacityForEveryPeriodOutsideTheOverride() {
        // The same three in 2022: STAFF 6 of the general 6.
        Map<String, Integer> starts = golden();
        starts.put("SOC", 1);
        starts.put("LGSP", 1);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Resource capacity")).isEmpty();
    }

    @Test
    void reportsAlternativesBothScheduled() {
        // IOC and IOC_THUE in 2025 also break their dependencies on KDL; only the exclusion is asserted here.
        Map<String, Integer> starts = golden();
        starts.put("IOC", 4);
        starts.put("IOC_THUE", 4);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Exclusion")).containsExactly(new Violation("Exclusion",
                List.of("IOC", "IOC_THUE"), "IOC and IOC_THUE are both scheduled"));
    }

    @Test
    void reportsExclusionDeclaredFromBothSidesOnce() {
        Plan plan = new PlanReader().read(ALTERNATIVES_PLAN);

        CheckReport report = checker.check(plan, Map.of("THUE", 0, "MUA", 1), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Exclusion", List.of("THUE", "MUA"),
                "THUE and MUA are both scheduled"));
    }

    @Test
    void reportsExclusionDeclaredOnlyByTheLaterComponent() {
        Plan plan = new PlanReader().read(ALTERNATIVES_PLAN);

        CheckReport report = checker.check(plan, Map.of("THUE", 0, "TU_XAY_DUNG", 2), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Exclusion", List.of("THUE", "TU_XAY_DUNG"),
                "THUE and TU_XAY_DUNG are both scheduled"));
    }

    @Test
    void reportsTwoProvidersOfTheSameCapabilityOnceWithEveryCodeTheyShare() {
        Plan plan = new PlanReader().read(CAPABILITIES_PLAN);

        CheckReport report = checker.check(plan, Map.of("KDL", 0, "KHO_DL", 2), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("No duplicate capability",
                List.of("KDL", "KHO_DL"), "KDL and KHO_DL both deliver FW_CSDL_DUNGCHUNG_TINH, FW_CONG_DL_TINH and"
                        + " are both scheduled"));
    }

    @Test
    void acceptsAnUpgradeAfterTheSystemItReplacesAlongAChain() {
        Plan plan = new PlanReader().read(CAPABILITIES_PLAN);

        // LGSP 2025, LGSP_V2 2026, LGSP_V3 2027: each starts when the one it replaces is live.
        CheckReport report = checker.check(plan, Map.of("LGSP", 0, "LGSP_V2", 1, "LGSP_V3", 2),
                Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void reportsAnUpgradeThatStartsBeforeWhatItReplacesIsLive() {
        Plan plan = new PlanReader().read(CAPABILITIES_PLAN);

        // LGSP_V2 deferred: LGSP_V3 still replaces LGSP, through it, and must wait for it.
        CheckReport report = checker.check(plan, Map.of("LGSP", 1, "LGSP_V3", 1), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Replacement order",
                List.of("LGSP_V3", "LGSP"), "LGSP_V3 starts 2026 but LGSP, which it replaces, finishes 2026"));
    }

    @Test
    void acceptsAlternativesOfTheSameComponentTogether() {
        Plan plan = new PlanReader().read(ALTERNATIVES_PLAN);

        CheckReport report = checker.check(plan, Map.of("MUA", 1, "TU_XAY_DUNG", 2), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void reportsFinishAfterLatestFinish() {
        // LGSP 2024 (latest finish 2023), MCDT moved to 2025 after it, KDL deferred (it could not finish in time).
        // NS_TINH 2024 = 600 + 750 + 10000 = 11350 of 20000, 2025 = 600 + 750 + 800 + 9000 = 11150 of 18000.
        Map<String, Integer> starts = golden();
        starts.put("LGSP", 3);
        starts.put("MCDT", 4);
        starts.put("KDL", null);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Time window", List.of("LGSP"),
                "LGSP finishes 2024, after its latest finish 2023"));
    }

    @Test
    void reportsStartBeforeEarliestStart() {
        // KDL 2022 (earliest 2023) also starts before LGSP finishes; only the window is asserted here.
        Map<String, Integer> starts = golden();
        starts.put("KDL", 1);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Time window")).containsExactly(new Violation("Time window", List.of("KDL"),
                "KDL starts 2022, before its earliest start 2023"));
    }

    @Test
    void acceptsStartAtEarliestStart() {
        // KDL 2023 is its earliest start; it still starts before LGSP finishes, which is not asserted here.
        Map<String, Integer> starts = golden();
        starts.put("KDL", 2);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Time window")).isEmpty();
    }

    @Test
    void reportsFinishAfterHorizon() {
        // KDL 2025 with duration 2 ends in 2026 (4 + 2 = 6 > H = 5); NS_TW GD2 = 9000 + 750 + 750 + 7000 = 17500.
        Map<String, Integer> starts = golden();
        starts.put("KDL", 4);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Horizon", List.of("KDL"),
                "KDL finishes 2026, after the horizon ends 2025"));
    }

    @Test
    void reportsStartBeforeHorizon() {
        // SOC in 2020 also starts before TTDL finishes; only the horizon is asserted here.
        Map<String, Integer> starts = golden();
        starts.put("SOC", -1);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Horizon")).containsExactly(new Violation("Horizon", List.of("SOC"),
                "SOC starts 2020, before the horizon starts 2021"));
    }

    @Test
    void reportsPinnedComponentMoved() {
        // TTDL 2022 also pushes LGSP and SOC out of order and NS_TINH 2023 over budget; only the pin is asserted here.
        Map<String, Integer> starts = golden();
        starts.put("TTDL", 1);

        CheckReport report = checker.check(example, starts, Objective.VALUE_OVER_TIME);

        assertThat(violations(report, "Pinned start")).containsExactly(new Violation("Pinned start", List.of("TTDL"),
                "TTDL is pinned to 2021 but starts 2022"));
    }

    @Test
    void reportsPinnedComponentDeferred() {
        CheckReport report = checker.check(example, Map.of(), Objective.VALUE_OVER_TIME);

        assertThat(report.violations()).containsExactly(new Violation("Pinned start", List.of("TTDL"),
                "TTDL is pinned to 2021 but is deferred"));
    }

    private Assignment scheduled(String id, int start) {
        int finish = start + example.componentsById().get(id).durationPeriods() - 1;
        return new Assignment(id, example.calendar().label(start), example.calendar().label(finish),
                example.calendar().label(finish + 1), start, finish, example.phaseOf(start).orElseThrow().id(), false,
                List.of(), example.componentsById().get(id).fundingShares(), null);
    }

    private static List<Violation> violations(CheckReport report, String rule) {
        return report.violations().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    /** The spec's optimum under VALUE_OVER_TIME: IOC and IOC_THUE need KDL, which finishes only in 2025. */
    private static Map<String, Integer> golden() {
        Map<String, Integer> starts = new HashMap<>();
        starts.put("TTDL", 0);
        starts.put("SOC", 2);
        starts.put("LGSP", 2);
        starts.put("MCDT", 3);
        starts.put("KDL", 3);
        starts.put("IOC", null);
        starts.put("IOC_THUE", null);
        return starts;
    }

    private static String readExample() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path example = dir.resolve("shared/spec/example-plan.json");
            if (Files.isRegularFile(example)) {
                try {
                    return Files.readString(example, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no shared/spec/example-plan.json above " + start);
    }

    private static final String QUARTERS_PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "Khảo sát rồi triển khai, theo quý",
              "calendar": {"periodUnit": "QUARTER", "start": "2024-Q3", "periods": 6},
              "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
              "components": [
                {"id": "KHAO_SAT", "name": "Khảo sát hiện trạng", "value": 1.5, "duration": 2},
                {"id": "TRIEN_KHAI", "name": "Triển khai", "duration": 1,
                 "dependsOn": [{"id": "KHAO_SAT", "lag": 1}]}
              ]
            }
            """;

    private static final String SPLIT_FUNDING_PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "Chia đôi nguồn vốn",
              "calendar": {"periodUnit": "YEAR", "start": "2025", "periods": 2},
              "fundingSources": [
                {"id": "NS_TINH", "name": "Ngân sách tỉnh"},
                {"id": "NS_TW", "name": "Ngân sách trung ương"}
              ],
              "budgets": [{"fundingSource": "NS_TW", "period": "2025", "amount": 50}],
              "components": [
                {"id": "CSDL", "name": "Cơ sở dữ liệu chuyên ngành", "duration": 1, "capex": 100.001,
                 "funding": {"NS_TINH": 0.5, "NS_TW": 0.5}}
              ]
            }
            """;

    private static final String GO_LIVE_PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "Chi phí vận hành từ khi đưa vào sử dụng",
              "calendar": {"periodUnit": "YEAR", "start": "2025", "periods": 3},
              "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
              "budgets": [{"fundingSource": "NS_TINH", "period": "2026", "amount": 5}],
              "components": [
                {"id": "CONG_DV", "name": "Cổng dịch vụ công", "duration": 1, "capex": 100, "opexPerPeriod": 10}
              ]
            }
            """;

    private static final String ALTERNATIVES_PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "Thuê hay mua",
              "calendar": {"periodUnit": "YEAR", "start": "2025", "periods": 3},
              "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
              "components": [
                {"id": "THUE", "name": "Thuê dịch vụ", "duration": 1, "excludes": ["MUA"]},
                {"id": "MUA", "name": "Mua sắm hệ thống", "duration": 1, "excludes": ["THUE"]},
                {"id": "TU_XAY_DUNG", "name": "Tự xây dựng", "duration": 1, "excludes": ["THUE"]}
              ]
            }
            """;

    private static final String CAPABILITIES_PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "Kho dữ liệu và nền tảng tích hợp",
              "calendar": {"periodUnit": "YEAR", "start": "2025", "periods": 3},
              "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
              "components": [
                {"id": "KDL", "name": "Kho dữ liệu dùng chung", "duration": 1,
                 "delivers": ["FW_CSDL_DUNGCHUNG_TINH", "FW_CONG_DL_TINH"]},
                {"id": "KHO_DL", "name": "Kho dữ liệu thứ hai", "duration": 1,
                 "delivers": ["FW_CONG_DL_TINH", "FW_CSDL_DUNGCHUNG_TINH"]},
                {"id": "LGSP", "name": "Nền tảng LGSP", "duration": 1, "delivers": ["FW_LGSP"]},
                {"id": "LGSP_V2", "name": "Nâng cấp LGSP", "duration": 1, "delivers": ["FW_LGSP"],
                 "replaces": ["LGSP"]},
                {"id": "LGSP_V3", "name": "Nâng cấp LGSP lần hai", "duration": 1, "delivers": ["FW_LGSP"],
                 "replaces": ["LGSP_V2"]}
              ]
            }
            """;
}
