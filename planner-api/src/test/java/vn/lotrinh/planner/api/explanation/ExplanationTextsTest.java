package vn.lotrinh.planner.api.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.MessagesConfiguration;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.solver.explain.Fix;
import vn.lotrinh.planner.core.solver.explain.Fix.AlsoScheduled;
import vn.lotrinh.planner.core.solver.explain.Fix.BudgetIncrease;
import vn.lotrinh.planner.core.solver.explain.Fix.CapacityIncrease;
import vn.lotrinh.planner.core.solver.explain.Reason;
import vn.lotrinh.planner.core.solver.explain.Reason.Kind;

/** Reasons and fixes written for people, on the format's example plan (NS_TINH Ngân sách tỉnh, IOC, STAFF người). */
class ExplanationTextsTest {

    private static final MessageSource MESSAGES = new MessagesConfiguration().messageSource();
    private static final Plan PLAN = new PlanReader().read(ApiClient.examplePlan());
    private static final ExplanationTexts VI = new ExplanationTexts(MESSAGES, Language.VI, PLAN);
    private static final ExplanationTexts EN = new ExplanationTexts(MESSAGES, Language.EN, PLAN);

    @Test
    void aPeriodBudgetReasonNamesTheFundingSourceAndWritesTheAmountsAsFinanceStaffDo() {
        Reason reason = new Reason(Kind.BUDGET, "Period budget", "NS_TINH", null, null, null, null, "2022", null,
                new BigDecimal("50300"), new BigDecimal("49000"), new BigDecimal("1300"), "VND", "2022");

        assertThat(VI.reason(reason)).isEqualTo(
                "Nếu bắt đầu 2022 — Ngân sách tỉnh 2022: cần 50.300 triệu đồng, trần 49.000 triệu đồng (vượt 1.300)");
        assertThat(EN.reason(reason)).isEqualTo(
                "If it starts in 2022 — Ngân sách tỉnh 2022: needs 50,300 million VND, cap 49,000 million VND "
                        + "(1,300 over)");
    }

    @Test
    void aPhaseBudgetReasonNamesThePhase() {
        Reason reason = new Reason(Kind.BUDGET, "Phase budget", "NS_TW", null, null, null, null, null, "GD2",
                new BigDecimal("26500.5"), new BigDecimal("26000"), new BigDecimal("500.5"), "VND", "2023");

        assertThat(VI.reason(reason)).isEqualTo("Nếu bắt đầu 2023 — Ngân sách trung ương, Giai đoạn 2023–2025: "
                + "cần 26.500,5 triệu đồng, trần 26.000 triệu đồng (vượt 500,5)");
        assertThat(EN.reason(reason)).isEqualTo("If it starts in 2023 — Ngân sách trung ương, Giai đoạn 2023–2025: "
                + "needs 26,500.5 million VND, cap 26,000 million VND (500.5 over)");
    }

    @Test
    void aCapacityReasonCountsInTheResourcesUnit() {
        Reason reason = new Reason(Kind.CAPACITY, "Resource capacity", null, "STAFF", null, null, null, "2021", null,
                new BigDecimal("7"), new BigDecimal("4"), new BigDecimal("3"), "người", "2021");

        assertThat(VI.reason(reason))
                .isEqualTo("Nếu bắt đầu 2021 — Cán bộ triển khai 2021: cần 7 người, tối đa 4 người (vượt 3)");
        assertThat(EN.reason(reason))
                .isEqualTo("If it starts in 2021 — Cán bộ triển khai 2021: needs 7 người, capacity 4 người (3 over)");
    }

    @Test
    void reasonsAboutOtherComponentsNameThem() {
        Reason late = component(Kind.PREDECESSOR, "Dependency order", "LGSP", null, "2023", "2022");
        Reason deferred = component(Kind.PREDECESSOR, "Dependency order", "LGSP", null, null, "2022");
        Reason exclusion = component(Kind.EXCLUSION, "Exclusion", null, "IOC_THUE", null, "2022");

        assertThat(VI.reason(late)).isEqualTo("Nếu bắt đầu 2022 — Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) "
                + "chưa hoàn thành: sớm nhất chỉ bắt đầu được từ 2023");
        assertThat(EN.reason(late)).isEqualTo("If it starts in 2022 — Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh "
                + "(LGSP) is not finished yet: the earliest start is 2023");
        assertThat(EN.reason(deferred)).isEqualTo("If it starts in 2022 — it needs Nền tảng tích hợp, chia sẻ dữ liệu "
                + "cấp tỉnh (LGSP) first, which is deferred");
        assertThat(VI.reason(exclusion)).isEqualTo("Nếu bắt đầu 2022 — Thuê dịch vụ điều hành thông minh là phương án "
                + "thay thế của hạng mục này và đã có trong lộ trình");
    }

    @Test
    void duplicatesAndReplacementsNameTheOtherComponent() {
        Reason duplicate = new Reason(Kind.DUPLICATE, "No duplicate capability", null, null, null, "KDL",
                "FW_CSDL_DUNGCHUNG_TINH", null, null, null, null, null, null, "2022");
        Reason replacesLate = component(Kind.REPLACEMENT, "Replacement order", "LGSP", null, "2024", "2022");
        Reason replacedBy = component(Kind.REPLACEMENT, "Replacement order", null, "KDL", null, "2022");

        assertThat(EN.reason(duplicate)).isEqualTo("If it starts in 2022 — it would duplicate Kho dữ liệu dùng chung "
                + "của tỉnh, which already delivers FW_CSDL_DUNGCHUNG_TINH");
        assertThat(VI.reason(duplicate)).isEqualTo("Nếu bắt đầu 2022 — sẽ trùng lặp với Kho dữ liệu dùng chung của "
                + "tỉnh, hạng mục đã cung cấp FW_CSDL_DUNGCHUNG_TINH");
        assertThat(EN.reason(replacesLate)).isEqualTo("If it starts in 2022 — Nền tảng tích hợp, chia sẻ dữ liệu cấp "
                + "tỉnh (LGSP), which it replaces, is not live yet: the earliest start is 2024");
        assertThat(EN.reason(replacedBy)).isEqualTo("If it starts in 2022 — Kho dữ liệu dùng chung của tỉnh, which "
                + "replaces it, would start before it is live");
    }

    @Test
    void aReasonWithoutAStartIsASentenceOfItsOwn() {
        Reason noStart = component(Kind.NO_START, null, "KDL", null, "2025", null);

        assertThat(VI.reason(noStart)).isEqualTo("Không còn thời điểm bắt đầu nào trong kỳ kế hoạch và khung thời "
                + "gian cho phép: sau khi Kho dữ liệu dùng chung của tỉnh hoàn thành, sớm nhất là 2025, quá muộn để "
                + "kịp hoàn thành");
        assertThat(EN.reason(component(Kind.NO_START, null, null, null, "2026", null))).isEqualTo("No start is left "
                + "inside the horizon and its time window: the earliest is 2026, too late to finish in time");
    }

    @Test
    void everyKindOfReasonIsWrittenInBothLanguages() {
        for (Kind kind : Kind.values()) {
            for (String other : new String[] {null, "SOC"}) {
                Reason reason = new Reason(kind, null, "NS_TINH", "STAFF", "LGSP", other, "FW_LGSP", "2022",
                        kind == Kind.BUDGET && other != null ? "GD1" : null, BigDecimal.TEN, BigDecimal.ONE,
                        BigDecimal.valueOf(9), "người", "2022");
                String vietnamese = VI.reason(reason);
                String english = EN.reason(reason);
                assertThat(vietnamese).as(kind + " in Vietnamese").startsWith("Nếu bắt đầu 2022 — ")
                        .doesNotContain("{");
                assertThat(english).as(kind + " in English").startsWith("If it starts in 2022 — ").doesNotContain("{")
                        .isNotEqualTo(vietnamese);
            }
        }
    }

    @Test
    void aBudgetFixRaisesTheCapToBringTheComponentIn() {
        Fix fix = fix(Fix.Kind.BUDGET, List.of(new BudgetIncrease("NS_TINH", "2022", null, new BigDecimal("1300"))),
                List.of(), List.of(), List.of());

        assertThat(VI.summary(fix)).isEqualTo("Tăng trần Ngân sách tỉnh 2022 thêm 1.300 triệu đồng để đưa Trung tâm "
                + "điều hành thông minh (IOC) vào từ 2022");
        assertThat(EN.summary(fix)).isEqualTo("Raise the cap of Ngân sách tỉnh 2022 by 1,300 million VND to bring "
                + "Trung tâm điều hành thông minh (IOC) in from 2022");
    }

    @Test
    void equalIncreasesOfOneLineInSeveralPeriodsAreWrittenOnceWithTheTotal() {
        Fix fix = fix(Fix.Kind.BUDGET, List.of(
                        new BudgetIncrease("NS_TINH", "2022", null, new BigDecimal("500")),
                        new BudgetIncrease("NS_TINH", "2023", null, new BigDecimal("500.0")),
                        new BudgetIncrease("NS_TW", null, "GD2", new BigDecimal("1200.25"))),
                List.of(new CapacityIncrease("STAFF", "2022", BigDecimal.ONE),
                        new CapacityIncrease("STAFF", "2023", BigDecimal.valueOf(2))),
                List.of(), List.of());

        assertThat(VI.summary(fix)).isEqualTo("Tăng trần Ngân sách trung ương, Giai đoạn 2023–2025 thêm 1.200,25 triệu "
                + "đồng và trần Ngân sách tỉnh 2022 và 2023 thêm 500 triệu đồng mỗi kỳ (tổng cộng 2.200,25 triệu "
                + "đồng) và tăng Cán bộ triển khai 2022 thêm 1 người và Cán bộ triển khai 2023 thêm 2 người để đưa "
                + "Trung tâm điều hành thông minh (IOC) vào từ 2022");
        assertThat(EN.summary(fix)).isEqualTo("Raise the cap of Ngân sách trung ương, Giai đoạn 2023–2025 by 1,200.25 "
                + "million VND and the caps of Ngân sách tỉnh 2022 and 2023 by 500 million VND each (2,200.25 "
                + "million VND in total) and raise the capacity of Cán bộ triển khai in 2022 by 1 người and the "
                + "capacity of Cán bộ triển khai in 2023 by 2 người to bring Trung tâm điều hành thông minh (IOC) in "
                + "from 2022");
    }

    @Test
    void aCapacityFixNamesTheResourceAndItsPeriods() {
        Fix fix = fix(Fix.Kind.CAPACITY, List.of(), List.of(new CapacityIncrease("STAFF", "2022", BigDecimal.ONE),
                new CapacityIncrease("STAFF", "2023", BigDecimal.ONE), new CapacityIncrease("STAFF", "2024",
                        BigDecimal.ONE)), List.of(), List.of());

        assertThat(VI.summary(fix)).isEqualTo("Tăng Cán bộ triển khai 2022, 2023 và 2024 thêm 1 người mỗi kỳ để đưa "
                + "Trung tâm điều hành thông minh (IOC) vào từ 2022");
    }

    @Test
    void aDeferFixSaysWhatValueItLosesAndGains() {
        Fix fix = fix(Fix.Kind.DEFER, List.of(), List.of(), List.of("SOC", "IOC_THUE"), List.of());

        assertThat(VI.summary(fix)).isEqualTo("Hoãn Trung tâm giám sát, điều hành an toàn thông tin (SOC) và Thuê dịch "
                + "vụ điều hành thông minh để đưa Trung tâm điều hành thông minh (IOC) vào từ 2022 (giá trị mục "
                + "tiêu: mất 12,5, được 1.040)");
        assertThat(EN.summary(fix)).isEqualTo("Defer Trung tâm giám sát, điều hành an toàn thông tin (SOC) and Thuê "
                + "dịch vụ điều hành thông minh to bring Trung tâm điều hành thông minh (IOC) in from 2022 (objective "
                + "value: 12.5 lost, 1,040 gained)");
    }

    @Test
    void aPredecessorFixSchedulesThePredecessorsFirst() {
        Fix fix = fix(Fix.Kind.PREDECESSOR, List.of(new BudgetIncrease("NS_TINH", "2024", null, BigDecimal.TEN)),
                List.of(), List.of(), List.of(new AlsoScheduled("KDL", "2022"), new AlsoScheduled("LGSP", "2023")));

        assertThat(VI.summary(fix)).isEqualTo("Đưa vào trước Kho dữ liệu dùng chung của tỉnh (từ 2022) và Nền tảng "
                + "tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) (từ 2023) và tăng trần Ngân sách tỉnh 2024 thêm 10 triệu "
                + "đồng để đưa Trung tâm điều hành thông minh (IOC) vào từ 2022");
        assertThat(EN.summary(fix)).startsWith("First schedule Kho dữ liệu dùng chung của tỉnh (from 2022) and ");
    }

    @Test
    void aFixThatPaysTheComponentFromAnotherSourceNamesItsShares() {
        Fix single = new Fix(Fix.Kind.FUNDING, "IOC", "2022", List.of(), BigDecimal.ZERO, List.of(), List.of(),
                BigDecimal.ZERO, BigDecimal.valueOf(1040), List.of(), null, Map.of("NS_TW", 1.0));
        Map<String, Double> split = new LinkedHashMap<>();
        split.put("NS_TW", 0.7);
        split.put("NS_TINH", 0.3);
        Fix shared = new Fix(Fix.Kind.BUDGET, "IOC", "2022",
                List.of(new BudgetIncrease("NS_TINH", "2022", null, new BigDecimal("300"))), new BigDecimal("300"),
                List.of(), List.of(), BigDecimal.ZERO, BigDecimal.valueOf(1040), List.of(), null, split);

        assertThat(VI.summary(single)).isEqualTo("Bố trí vốn từ Ngân sách trung ương để đưa Trung tâm điều hành thông"
                + " minh (IOC) vào từ 2022");
        assertThat(EN.summary(shared)).isEqualTo("Pay it from Ngân sách trung ương 70 % and Ngân sách tỉnh 30 % and"
                + " raise the cap of Ngân sách tỉnh 2022 by 300 million VND to bring Trung tâm điều hành thông minh"
                + " (IOC) in from 2022");
    }

    @Test
    void aFixThatNeedsNothingOrThatThereIsNoneSaysSo() {
        Fix fits = fix(Fix.Kind.FITS, List.of(), List.of(), List.of(), List.of());
        Fix none = new Fix(Fix.Kind.NONE, "IOC", null, List.of(), BigDecimal.ZERO, List.of(), List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), component(Kind.EXCLUSION, "Exclusion", null, "IOC_THUE",
                        null, null), null);

        assertThat(VI.summary(fits)).isEqualTo("Không cần thay đổi gì: Trung tâm điều hành thông minh (IOC) đáp ứng kế "
                + "hoạch hiện tại nếu bắt đầu từ 2022");
        assertThat(EN.summary(none)).isEqualTo("Nothing brings Trung tâm điều hành thông minh (IOC) into the roadmap: "
                + "Thuê dịch vụ điều hành thông minh, its alternative, is in the roadmap");
    }

    private static Reason component(Kind kind, String rule, String predecessor, String component, String period,
            String start) {
        return new Reason(kind, rule, null, null, predecessor, component, null, period, null, null, null, null, null,
                start);
    }

    /** A fix bringing IOC in from 2022; value lost 12.5 and gained 1,040. */
    private static Fix fix(Fix.Kind kind, List<BudgetIncrease> budgets, List<CapacityIncrease> capacities,
            List<String> defer, List<AlsoScheduled> alsoSchedule) {
        BigDecimal total = budgets.stream().map(BudgetIncrease::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Fix(kind, "IOC", "2022", budgets, total, capacities, defer, new BigDecimal("12.5"),
                BigDecimal.valueOf(1040), alsoSchedule, null, null);
    }
}
