package vn.lotrinh.planner.core.plan;

/** What a solve maximises, below the hard rules and below scheduling every {@code MUST} component. */
public enum Objective {
    /** Σ {@code value × (H − s − d + 1)} over scheduled components: benefit from go-live to the horizon. */
    VALUE_OVER_TIME,
    /** Σ {@code value} over scheduled components: capital budgeting. */
    MAX_VALUE,
    /** −max({@code s + d}) over scheduled components: finish the programme early. */
    MIN_MAKESPAN
}
