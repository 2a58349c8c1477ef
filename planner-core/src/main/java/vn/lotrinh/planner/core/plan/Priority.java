package vn.lotrinh.planner.core.plan;

/** How much a component must be in the roadmap: every {@code MUST} ranks above the objective. */
public enum Priority {
    MUST,
    SHOULD,
    COULD
}
