package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Running totals of budgeted spending and resource demand of the components placed so far, to ask whether one more
 * component fits at a given start without breaking a budget or a capacity. Used by construction, not by scoring.
 */
final class SpendingLedger {

    private final long[][] periodCapMilli;
    private final long[][] periodSpendMilli;
    private final List<BudgetCap> phaseCaps;
    private final long[] phaseSpendMilli;
    private final long[][] capacityMilli;
    private final long[][] demandMilli;
    private final int horizon;

    SpendingLedger(RoadmapSolution solution) {
        this.horizon = solution.getHorizon();
        int fundingSources = solution.getFundingSourceCount();
        int resources = solution.getResourceCount();
        periodCapMilli = filled(fundingSources, horizon);
        periodSpendMilli = new long[fundingSources][horizon];
        phaseCaps = solution.getBudgetCaps().stream().filter(BudgetCap::phaseBudget).toList();
        phaseSpendMilli = new long[phaseCaps.size()];
        for (BudgetCap cap : solution.getBudgetCaps()) {
            if (!cap.phaseBudget()) {
                periodCapMilli[cap.fundingSource()][cap.firstPeriod()] = cap.capMilli();
            }
        }
        capacityMilli = filled(resources, horizon);
        demandMilli = new long[resources][horizon];
        for (CapacityCap cap : solution.getCapacityCaps()) {
            capacityMilli[cap.resource()][cap.period()] = cap.capMilli();
        }
    }

    /** A ledger holding every scheduled component of the solution at its current start. */
    static SpendingLedger ofScheduled(RoadmapSolution solution) {
        SpendingLedger ledger = new SpendingLedger(solution);
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.isScheduled()) {
                ledger.add(assignment, assignment.getStart());
            }
        }
        return ledger;
    }

    private static long[][] filled(int rows, int columns) {
        long[][] values = new long[rows][columns];
        for (long[] row : values) {
            java.util.Arrays.fill(row, Long.MAX_VALUE);
        }
        return values;
    }

    /** Whether the component, started at {@code start}, keeps every budget and capacity. */
    boolean fits(ComponentAssignment component, int start) {
        int lastSpending = Math.min(horizon - 1, component.lastSpendingPeriodIfStartingAt(start));
        for (int f = 0; f < periodSpendMilli.length; f++) {
            if (!component.isFundedBy(f)) {
                continue;
            }
            for (int t = start; t <= lastSpending; t++) {
                long spend = component.spendMilliIfStartingAt(f, t, start);
                if (spend > 0 && periodSpendMilli[f][t] + spend > periodCapMilli[f][t]) {
                    return false;
                }
            }
        }
        for (int p = 0; p < phaseCaps.size(); p++) {
            BudgetCap cap = phaseCaps.get(p);
            long spend = component.spendMilliIfStartingAt(cap.fundingSource(), cap.firstPeriod(), cap.lastPeriod(),
                    start);
            if (spend > 0 && phaseSpendMilli[p] + spend > cap.capMilli()) {
                return false;
            }
        }
        int end = Math.min(horizon, start + component.getDurationPeriods());
        for (int r = 0; r < demandMilli.length; r++) {
            long demand = component.demandMilli(r);
            if (demand == 0) {
                continue;
            }
            for (int t = start; t < end; t++) {
                if (demandMilli[r][t] + demand > capacityMilli[r][t]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How much more the budgets and capacities would be exceeded, in thousandths of money and resource units, with
     * the component added at {@code start}: 0 exactly when it {@link #fits}.
     */
    long excessIncreaseIfAdded(ComponentAssignment component, int start) {
        long increase = 0;
        int lastSpending = Math.min(horizon - 1, component.lastSpendingPeriodIfStartingAt(start));
        for (int f = 0; f < periodSpendMilli.length; f++) {
            if (!component.isFundedBy(f)) {
                continue;
            }
            for (int t = start; t <= lastSpending; t++) {
                increase += excessIncrease(periodSpendMilli[f][t], component.spendMilliIfStartingAt(f, t, start),
                        periodCapMilli[f][t]);
            }
        }
        for (int p = 0; p < phaseCaps.size(); p++) {
            BudgetCap cap = phaseCaps.get(p);
            increase += excessIncrease(phaseSpendMilli[p], component.spendMilliIfStartingAt(cap.fundingSource(),
                    cap.firstPeriod(), cap.lastPeriod(), start), cap.capMilli());
        }
        int end = Math.min(horizon, start + component.getDurationPeriods());
        for (int r = 0; r < demandMilli.length; r++) {
            long demand = component.demandMilli(r);
            for (int t = start; t < end && demand > 0; t++) {
                increase += excessIncrease(demandMilli[r][t], demand, capacityMilli[r][t]);
            }
        }
        return increase;
    }

    private static long excessIncrease(long used, long added, long cap) {
        return added <= 0 ? 0 : Math.max(0, used + added - cap) - Math.max(0, used - cap);
    }

    /** Every budget and capacity that the components placed exceed. */
    List<Cell> exceeded() {
        List<Cell> cells = new ArrayList<>();
        for (int f = 0; f < periodSpendMilli.length; f++) {
            for (int t = 0; t < horizon; t++) {
                if (periodSpendMilli[f][t] > periodCapMilli[f][t]) {
                    cells.add(new Cell(CellKind.PERIOD_BUDGET, f, t));
                }
            }
        }
        for (int p = 0; p < phaseCaps.size(); p++) {
            if (phaseSpendMilli[p] > phaseCaps.get(p).capMilli()) {
                cells.add(new Cell(CellKind.PHASE_BUDGET, p, phaseCaps.get(p).firstPeriod()));
            }
        }
        for (int r = 0; r < demandMilli.length; r++) {
            for (int t = 0; t < horizon; t++) {
                if (demandMilli[r][t] > capacityMilli[r][t]) {
                    cells.add(new Cell(CellKind.CAPACITY, r, t));
                }
            }
        }
        return cells;
    }

    /** Whether the component, started at {@code start}, spends from or demands of the cell. */
    boolean draws(ComponentAssignment component, int start, Cell cell) {
        return switch (cell.kind()) {
            case PERIOD_BUDGET -> component.isFundedBy(cell.row())
                    && component.spendMilliIfStartingAt(cell.row(), cell.period(), start) > 0;
            case PHASE_BUDGET -> {
                BudgetCap cap = phaseCaps.get(cell.row());
                yield component.spendMilliIfStartingAt(cap.fundingSource(), cap.firstPeriod(), cap.lastPeriod(),
                        start) > 0;
            }
            case CAPACITY -> component.demandMilli(cell.row()) > 0 && start <= cell.period()
                    && cell.period() < start + component.getDurationPeriods();
        };
    }

    enum CellKind { PERIOD_BUDGET, PHASE_BUDGET, CAPACITY }

    /**
     * One budget or capacity: a funding source's budget in a period, a phase budget (by its index among the phase
     * budgets, at the phase's first period), or a resource's capacity in a period.
     */
    record Cell(CellKind kind, int row, int period) {
    }

    void add(ComponentAssignment component, int start) {
        record(component, start, 1);
    }

    void remove(ComponentAssignment component, int start) {
        record(component, start, -1);
    }

    private void record(ComponentAssignment component, int start, int sign) {
        int lastSpending = Math.min(horizon - 1, component.lastSpendingPeriodIfStartingAt(start));
        for (int f = 0; f < periodSpendMilli.length; f++) {
            for (int t = start; t <= lastSpending; t++) {
                periodSpendMilli[f][t] += sign * component.spendMilliIfStartingAt(f, t, start);
            }
        }
        for (int p = 0; p < phaseCaps.size(); p++) {
            BudgetCap cap = phaseCaps.get(p);
            phaseSpendMilli[p] += sign * component.spendMilliIfStartingAt(cap.fundingSource(), cap.firstPeriod(),
                    cap.lastPeriod(), start);
        }
        int end = Math.min(horizon, start + component.getDurationPeriods());
        for (int r = 0; r < demandMilli.length; r++) {
            for (int t = start; t < end; t++) {
                demandMilli[r][t] += sign * component.demandMilli(r);
            }
        }
    }
}
