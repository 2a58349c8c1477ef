package vn.lotrinh.planner.core.solver;

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
