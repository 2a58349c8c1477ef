package vn.lotrinh.planner.core.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.CapUse.Kind;

class BindingCapsTest {

    /**
     * Two years with 10 a year and 15 over the phase from NS_TINH, two staff a year. A spends 8 with one staff, B 6
     * with one staff, C 5 with two staff; D needs C.
     */
    private static final Plan PLAN = new PlanReader().read("""
            {"format": "roadmap-plan/1", "name": "Trần chặt",
             "calendar": {"periodUnit": "YEAR", "start": "2030", "periods": 2},
             "phases": [{"id": "GD", "name": "Giai đoạn", "firstPeriod": "2030", "lastPeriod": "2031"}],
             "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
             "resources": [{"id": "STAFF", "name": "Cán bộ"}],
             "budgets": [{"fundingSource": "NS_TINH", "period": "2030", "amount": 10},
                         {"fundingSource": "NS_TINH", "period": "2031", "amount": 10},
                         {"fundingSource": "NS_TINH", "phase": "GD", "amount": 15}],
             "capacities": [{"resource": "STAFF", "amount": 2}],
             "components": [
               {"id": "A", "name": "Hạng mục A", "duration": 1, "capex": 8, "demand": {"STAFF": 1}},
               {"id": "B", "name": "Hạng mục B", "duration": 1, "capex": 6, "demand": {"STAFF": 1}},
               {"id": "C", "name": "Hạng mục C", "duration": 1, "capex": 5, "demand": {"STAFF": 2}},
               {"id": "D", "name": "Hạng mục D", "duration": 1, "capex": 1, "dependsOn": ["C"]}]}""");

    private final BindingCaps bindingCaps = new BindingCaps();

    @Test
    void aCapBindsWhereItKeepsAComponentLaterOrDeferred() {
        List<CapUse> caps = bindingCaps.of(PLAN, starts("A", 0, "B", 1));

        // B could start in 2030, but 8 + 6 > 10 (one more staff would fit). C could start in either year: 5 > 2 and
        // 5 > 4 left; over the phase 14 + 5 > 15; two staff beside one in each year. D waits for C, deferred: that is
        // no cap's doing.
        assertThat(caps).extracting(CapUse::kind, CapUse::fundingSource, CapUse::resource, CapUse::period,
                        CapUse::phase, CapUse::holdsBack)
                .containsExactly(
                        tuple(Kind.PERIOD_BUDGET, "NS_TINH", null, "2030", null, List.of("B", "C")),
                        tuple(Kind.PERIOD_BUDGET, "NS_TINH", null, "2031", null, List.of("C")),
                        tuple(Kind.PHASE_BUDGET, "NS_TINH", null, null, "GD", List.of("C")),
                        tuple(Kind.CAPACITY, null, "STAFF", "2030", null, List.of("C")),
                        tuple(Kind.CAPACITY, null, "STAFF", "2031", null, List.of("C")));
    }

    @Test
    void aBindingCapSaysWhatIsUsedAndWhatIsLeft() {
        CapUse year2030 = bindingCaps.of(PLAN, starts("A", 0, "B", 1)).get(0);

        assertThat(year2030.used()).isEqualByComparingTo("8");
        assertThat(year2030.cap()).isEqualByComparingTo("10");
        assertThat(year2030.headroom()).isEqualByComparingTo(new BigDecimal("2"));
    }

    @Test
    void aComponentAtItsEarliestStartOrHeldBackByAPredecessorIsHeldBackByNoCap() {
        List<CapUse> caps = bindingCaps.of(PLAN, starts("B", 0, "A", 1));

        assertThat(caps).flatExtracting(CapUse::holdsBack).contains("A", "C").doesNotContain("B", "D");
    }

    @Test
    void aComponentHeldBackByItsDuplicateOrByWhatItReplacesIsHeldBackByNoCap() {
        Plan plan = new PlanReader().read("""
                {"format": "roadmap-plan/1", "name": "Trùng lặp và thay thế",
                 "calendar": {"periodUnit": "YEAR", "start": "2030", "periods": 2},
                 "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
                 "budgets": [{"fundingSource": "NS_TINH", "period": "2030", "amount": 10},
                             {"fundingSource": "NS_TINH", "period": "2031", "amount": 10}],
                 "components": [
                   {"id": "KDL", "name": "Kho dữ liệu", "duration": 1, "capex": 8,
                    "delivers": ["FW_CSDL_DUNGCHUNG_TINH"]},
                   {"id": "KDL_2", "name": "Kho dữ liệu thứ hai", "duration": 1, "capex": 8,
                    "delivers": ["FW_CSDL_DUNGCHUNG_TINH"]},
                   {"id": "LGSP", "name": "LGSP", "duration": 1, "capex": 1},
                   {"id": "LGSP_V2", "name": "Nâng cấp LGSP", "duration": 1, "capex": 8, "replaces": ["LGSP"]}]}""");

        // KDL_2 would not fit in 2031 beside LGSP_V2, but its duplicate KDL keeps it out anyway; LGSP_V2 could not
        // start in 2030, beside LGSP which it replaces, whatever the budget.
        List<CapUse> caps = bindingCaps.of(plan, starts("KDL", 0, "LGSP", 0, "LGSP_V2", 1));

        assertThat(caps).isEmpty();
    }

    private static Map<String, Integer> starts(Object... idsAndStarts) {
        Map<String, Integer> starts = new HashMap<>();
        for (int i = 0; i < idsAndStarts.length; i += 2) {
            starts.put((String) idsAndStarts[i], (Integer) idsAndStarts[i + 1]);
        }
        return starts;
    }
}
