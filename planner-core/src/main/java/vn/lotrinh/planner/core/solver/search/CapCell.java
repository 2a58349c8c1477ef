package vn.lotrinh.planner.core.solver.search;

/**
 * One budget or capacity of a problem, as a ledger counts it: a funding source's budget in one period
 * ({@code row} = the funding source's index), a phase budget ({@code row} = its index among the problem's budget caps,
 * {@code period} = the phase's first period), or a resource's capacity in one period ({@code row} = the resource's
 * index).
 */
public record CapCell(Kind kind, int row, int period) {

    public enum Kind { PERIOD_BUDGET, PHASE_BUDGET, CAPACITY }
}
