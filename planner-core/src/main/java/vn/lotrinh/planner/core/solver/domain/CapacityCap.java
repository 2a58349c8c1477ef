package vn.lotrinh.planner.core.solver.domain;

/**
 * The capacity of one resource in one period, after per-period overrides are applied.
 *
 * @param label e.g. {@code STAFF 2021}
 * @param resource index of the resource in the plan
 */
public record CapacityCap(String label, int resource, int period, long capMilli) {
}
