package vn.lotrinh.planner.core.solver.domain;

/** The successor may start only {@code lagPeriods} after the predecessor has finished; indexes of entities. */
public record DependencyLink(int predecessor, int successor, int lagPeriods) {
}
