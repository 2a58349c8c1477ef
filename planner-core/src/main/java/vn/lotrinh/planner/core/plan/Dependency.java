package vn.lotrinh.planner.core.plan;

/** The owning component may start only {@code lagPeriods} periods after {@code predecessorId} has finished. */
public record Dependency(String predecessorId, int lagPeriods) {
}
