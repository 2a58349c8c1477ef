package vn.lotrinh.planner.core.solver.domain;

/** One dependency seen from one end: the component at the other end, by index, and the lag after the predecessor. */
public record Link(int component, int lagPeriods) {
}
