package vn.lotrinh.planner.api.plan;

/** How a version of a plan came to be. */
public enum PlanChange {
    CREATED,
    IMPORTED,
    EDITED,
    SCENARIO_CREATED
}
