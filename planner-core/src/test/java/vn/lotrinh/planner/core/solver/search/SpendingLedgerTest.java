package vn.lotrinh.planner.core.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.solver.RoadmapProblemFactory;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.Spending;
import vn.lotrinh.planner.core.solver.search.CapCell.Kind;

class SpendingLedgerTest {

    /** Two years, 10 a year and 12 over the phase; two staff a year. A spends 8 and B 6, each with one staff. */
    private static final String PLAN = """
            {"format": "roadmap-plan/1", "name": "Sổ chi tiêu",
             "calendar": {"periodUnit": "YEAR", "start": "2030", "periods": 2},
             "phases": [{"id": "GD", "name": "Giai đoạn", "firstPeriod": "2030", "lastPeriod": "2031"}],
             "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
             "resources": [{"id": "STAFF", "name": "Cán bộ"}],
             "budgets": [{"fundingSource": "NS_TINH", "period": "2030", "amount": 10},
                         {"fundingSource": "NS_TINH", "period": "2031", "amount": 10},
                         {"fundingSource": "NS_TINH", "phase": "GD", "amount": 12}],
             "capacities": [{"resource": "STAFF", "period": "2030", "amount": 1},
                            {"resource": "STAFF", "period": "2031", "amount": 1}],
             "components": [
               {"id": "A", "name": "Hạng mục A", "value": 1, "duration": 1,
                "capex": {"low": 8, "likely": 8, "high": 8}, "demand": {"STAFF": 1}},
               {"id": "B", "name": "Hạng mục B", "value": 1, "duration": 1,
                "capex": {"low": 6, "likely": 6, "high": 6}, "demand": {"STAFF": 1}}]}
            """;

    private final RoadmapProblem problem =
            RoadmapProblemFactory.create(new PlanReader().read(PLAN), Objective.MAX_VALUE);
    private final Spending a = problem.components().get(0).spending(0);
    private final Spending b = problem.components().get(1).spending(0);
    private final SpendingLedger ledger = new SpendingLedger(problem);

    @Test
    void excessIsZeroExactlyWhereAComponentFits() {
        ledger.add(a, 0);

        assertThat(ledger.fits(b, 1)).isFalse();
        // In 2030 8 + 6 is 4 over the year's budget and one staff over capacity; over the phase 2 over.
        assertThat(ledger.excessIncreaseIfAdded(b, 0)).isEqualTo(units(4) + units(1) + units(2));
        assertThat(ledger.excessIncreaseIfAdded(b, 1)).isEqualTo(units(2));
        ledger.remove(a, 0);
        assertThat(ledger.excessIncreaseIfAdded(b, 0)).isZero();
        assertThat(ledger.fits(b, 0)).isTrue();
    }

    @Test
    void keepsTheTotalExcessOfWhatIsPlacedAsComponentsComeAndGo() {
        ledger.add(a, 0);
        assertThat(ledger.excessMilli()).isZero();

        ledger.add(b, 0);
        assertThat(ledger.excessMilli()).isEqualTo(units(4) + units(1) + units(2));

        ledger.remove(a, 0);
        assertThat(ledger.excessMilli()).isZero();
    }

    @Test
    void listsEveryExceededBudgetAndCapacityAndWhoDrawsOnThem() {
        ledger.add(a, 0);
        ledger.add(b, 0);

        CapCell year = new CapCell(Kind.PERIOD_BUDGET, 0, 0);
        // The phase budget is the third of the plan's budgets.
        CapCell phase = new CapCell(Kind.PHASE_BUDGET, 2, 0);
        CapCell staff = new CapCell(Kind.CAPACITY, 0, 0);
        assertThat(ledger.exceeded()).containsExactly(year, phase, staff);
        assertThat(ledger.draws(b, 0, year)).isTrue();
        assertThat(ledger.draws(b, 1, year)).isFalse();
        assertThat(ledger.draws(b, 1, phase)).isTrue();
        assertThat(ledger.draws(b, 1, staff)).isFalse();
    }

    private static long units(long amount) {
        return amount * Money.MILLI_PER_UNIT;
    }
}
