package vn.lotrinh.planner.core.solver.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.Spending;

/**
 * Running totals of budgeted spending and resource demand of the components placed so far, against every cap: each
 * funding source's budget in each period, each phase budget, each resource's capacity in each period. One walk over
 * the cells a component draws on serves every question (does it fit, how much would it exceed, add it, remove it);
 * the total excess over every cap is kept as it goes. Used by construction and moves, not by scoring.
 */
final class SpendingLedger {

    /** What one walk over a component's cells does at each cell. */
    private enum Visit { CHECK_FIT, SUM_EXCESS, LIST_EXCESS, ADD, REMOVE }

    /** What a {@link Visit#CHECK_FIT} walk answers when a cell would be exceeded. */
    private static final long DOES_NOT_FIT = -1;

    private final int horizon;
    private final int fundingSources;
    private final int resources;
    private final List<BudgetCap> budgetCaps;
    private final List<BudgetCap> phaseCaps;
    /** Each phase cap's index in the problem's budget caps. */
    private final List<Integer> phaseCapIndexes;
    /** Period budget cells {@code f · H + t}, then phase budget cells, then capacity cells: their caps and use. */
    private final long[] capMilli;
    private final long[] usedMilli;
    private final int firstPhaseCell;
    private final int firstCapacityCell;
    private long excessMilli;

    SpendingLedger(RoadmapProblem problem) {
        horizon = problem.horizon();
        fundingSources = problem.fundingSourceCount();
        resources = problem.resourceCount();
        budgetCaps = problem.budgetCaps();
        phaseCapIndexes = IntStream.range(0, budgetCaps.size()).filter(i -> budgetCaps.get(i).phaseBudget()).boxed()
                .toList();
        phaseCaps = phaseCapIndexes.stream().map(budgetCaps::get).toList();
        firstPhaseCell = fundingSources * horizon;
        firstCapacityCell = firstPhaseCell + phaseCaps.size();
        capMilli = new long[firstCapacityCell + resources * horizon];
        usedMilli = new long[capMilli.length];
        Arrays.fill(capMilli, Long.MAX_VALUE);
        for (BudgetCap cap : problem.budgetCaps()) {
            if (!cap.phaseBudget()) {
                capMilli[cap.fundingSource() * horizon + cap.firstPeriod()] = cap.capMilli();
            }
        }
        for (int p = 0; p < phaseCaps.size(); p++) {
            capMilli[firstPhaseCell + p] = phaseCaps.get(p).capMilli();
        }
        for (CapacityCap cap : problem.capacityCaps()) {
            capMilli[firstCapacityCell + cap.resource() * horizon + cap.period()] = cap.capMilli();
        }
    }

    /** Whether the component, started at {@code start}, keeps every budget and capacity. */
    boolean fits(Spending spending, int start) {
        return walk(spending, start, Visit.CHECK_FIT, null) != DOES_NOT_FIT;
    }

    /**
     * How much more the budgets and capacities would be exceeded, in thousandths of money and resource units, with
     * the component added at {@code start}: 0 exactly when it {@link #fits}.
     */
    long excessIncreaseIfAdded(Spending spending, int start) {
        return walk(spending, start, Visit.SUM_EXCESS, null);
    }

    void add(Spending spending, int start) {
        walk(spending, start, Visit.ADD, null);
    }

    void remove(Spending spending, int start) {
        walk(spending, start, Visit.REMOVE, null);
    }

    /**
     * Each budget and capacity the component, added at {@code start}, would exceed or exceed further, with how much
     * more, in the walk's order.
     */
    List<CapExcess> excessesIfAdded(Spending spending, int start) {
        List<CapExcess> excesses = new ArrayList<>();
        walk(spending, start, Visit.LIST_EXCESS, excesses);
        return excesses;
    }

    /** How much the components placed exceed the caps in total, thousandths. */
    long excessMilli() {
        return excessMilli;
    }

    /** Every budget and capacity that the components placed exceed, with by how much, thousandths. */
    List<CapExcess> excesses() {
        List<CapExcess> excesses = new ArrayList<>();
        for (int cell = 0; cell < capMilli.length; cell++) {
            if (usedMilli[cell] > capMilli[cell]) {
                excesses.add(new CapExcess(describe(cell), usedMilli[cell] - capMilli[cell]));
            }
        }
        return excesses;
    }

    /**
     * The component's cells at {@code start}, in order: its funding sources' period budgets, the phase budgets, its
     * resources' capacities. A cell it draws nothing from is skipped. A {@link Visit#CHECK_FIT} walk stops at the first
     * cell it would exceed; a {@link Visit#LIST_EXCESS} walk lists into {@code excesses} each cell it would exceed more.
     */
    private long walk(Spending spending, int start, Visit visit, List<CapExcess> excesses) {
        long excess = 0;
        int lastSpending = Math.min(horizon - 1, spending.lastSpendingPeriod(start));
        for (int f = 0; f < fundingSources; f++) {
            if (!spending.isFundedBy(f)) {
                continue;
            }
            for (int t = start; t <= lastSpending; t++) {
                long result = visit(f * horizon + t, spending.inPeriodMilli(f, t, start), visit, excesses);
                if (result == DOES_NOT_FIT) {
                    return DOES_NOT_FIT;
                }
                excess += result;
            }
        }
        for (int p = 0; p < phaseCaps.size(); p++) {
            BudgetCap cap = phaseCaps.get(p);
            long result = visit(firstPhaseCell + p,
                    spending.overPeriodsMilli(cap.fundingSource(), cap.firstPeriod(), cap.lastPeriod(), start), visit,
                    excesses);
            if (result == DOES_NOT_FIT) {
                return DOES_NOT_FIT;
            }
            excess += result;
        }
        int end = Math.min(horizon, start + spending.durationPeriods());
        for (int r = 0; r < resources; r++) {
            long demand = spending.demandMilli(r);
            for (int t = start; t < end && demand > 0; t++) {
                long result = visit(firstCapacityCell + r * horizon + t, demand, visit, excesses);
                if (result == DOES_NOT_FIT) {
                    return DOES_NOT_FIT;
                }
                excess += result;
            }
        }
        return excess;
    }

    /** One cell of a walk: 0, the excess the amount would add, or {@link #DOES_NOT_FIT}. */
    private long visit(int cell, long amountMilli, Visit visit, List<CapExcess> excesses) {
        if (amountMilli <= 0) {
            return 0;
        }
        long used = usedMilli[cell];
        long cap = capMilli[cell];
        return switch (visit) {
            case CHECK_FIT -> used + amountMilli > cap ? DOES_NOT_FIT : 0;
            case SUM_EXCESS -> excessIncrease(used, amountMilli, cap);
            case LIST_EXCESS -> {
                long increase = excessIncrease(used, amountMilli, cap);
                if (increase > 0) {
                    excesses.add(new CapExcess(describe(cell), increase));
                }
                yield increase;
            }
            case ADD -> {
                excessMilli += excessIncrease(used, amountMilli, cap);
                usedMilli[cell] = used + amountMilli;
                yield 0;
            }
            case REMOVE -> {
                excessMilli -= excessIncrease(used - amountMilli, amountMilli, cap);
                usedMilli[cell] = used - amountMilli;
                yield 0;
            }
        };
    }

    private static long excessIncrease(long used, long added, long cap) {
        return Math.max(0, used + added - cap) - Math.max(0, used - cap);
    }

    /** Every budget and capacity that the components placed exceed. */
    List<CapCell> exceeded() {
        List<CapCell> cells = new ArrayList<>();
        for (int cell = 0; cell < capMilli.length; cell++) {
            if (usedMilli[cell] > capMilli[cell]) {
                cells.add(describe(cell));
            }
        }
        return cells;
    }

    private CapCell describe(int cell) {
        if (cell < firstPhaseCell) {
            return new CapCell(CapCell.Kind.PERIOD_BUDGET, cell / horizon, cell % horizon);
        }
        if (cell < firstCapacityCell) {
            int phase = cell - firstPhaseCell;
            return new CapCell(CapCell.Kind.PHASE_BUDGET, phaseCapIndexes.get(phase),
                    phaseCaps.get(phase).firstPeriod());
        }
        int capacity = cell - firstCapacityCell;
        return new CapCell(CapCell.Kind.CAPACITY, capacity / horizon, capacity % horizon);
    }

    /** Whether the component, started at {@code start}, spends from or demands of the cell. */
    boolean draws(Spending spending, int start, CapCell cell) {
        return switch (cell.kind()) {
            case PERIOD_BUDGET -> spending.isFundedBy(cell.row())
                    && spending.inPeriodMilli(cell.row(), cell.period(), start) > 0;
            case PHASE_BUDGET -> {
                BudgetCap cap = budgetCaps.get(cell.row());
                yield spending.overPeriodsMilli(cap.fundingSource(), cap.firstPeriod(), cap.lastPeriod(), start) > 0;
            }
            case CAPACITY -> spending.demandMilli(cell.row()) > 0 && start <= cell.period()
                    && cell.period() < start + spending.durationPeriods();
        };
    }

}
