package vn.lotrinh.planner.core.projection;

import vn.lotrinh.planner.core.plan.Plan;

/**
 * Numbers the figures that a projection simulates. A cell is a group (each period, each phase, then the whole
 * horizon) times a measure (the total cost, then each funding source's spending in plan order).
 */
record CellLayout(int periods, int phases, int sources) {

    static final int TOTAL = 0;

    static CellLayout of(Plan plan) {
        return new CellLayout(plan.horizon(), plan.phases().size(), plan.fundingSources().size());
    }

    /** The index of each period's phase in plan order, −1 for a period in no phase. */
    static int[] phaseOfPeriod(Plan plan) {
        int[] phaseOf = new int[plan.horizon()];
        for (int t = 0; t < phaseOf.length; t++) {
            phaseOf[t] = plan.phaseOf(t).map(plan.phases()::indexOf).orElse(-1);
        }
        return phaseOf;
    }

    int cellCount() {
        return (periods + phases + 1) * measures();
    }

    int periodCell(int period, int measure) {
        return period * measures() + measure;
    }

    int phaseCell(int phase, int measure) {
        return (periods + phase) * measures() + measure;
    }

    int horizonCell(int measure) {
        return (periods + phases) * measures() + measure;
    }

    /** The measure of a funding source by its index in plan order. */
    static int sourceMeasure(int source) {
        return 1 + source;
    }

    private int measures() {
        return 1 + sources;
    }
}
