package vn.lotrinh.planner.core.solver.search;

/** A budget or capacity, and by how much (thousandths) it is exceeded, or would be exceeded more. */
public record CapExcess(CapCell cell, long excessMilli) {
}
