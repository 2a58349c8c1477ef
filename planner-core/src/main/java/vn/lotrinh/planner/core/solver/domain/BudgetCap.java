package vn.lotrinh.planner.core.solver.domain;

/**
 * A spending cap of one funding source over periods {@code firstPeriod … lastPeriod}: a phase budget when
 * {@code phaseBudget}, else a period budget (then the two periods are equal).
 *
 * @param label how a planner names the cap, e.g. {@code NS_TINH 2023} or {@code NS_TW GD2}
 * @param fundingSource index of the funding source in the plan
 */
public record BudgetCap(String label, int fundingSource, int firstPeriod, int lastPeriod, long capMilli,
        boolean phaseBudget) {
}
