package vn.lotrinh.planner.core.solver.domain;

/** Two alternative components that cannot both be scheduled; entity indexes with {@code first < second}. */
public record ExclusionPair(int first, int second) {
}
