package vn.lotrinh.planner.core.roadmap;

/**
 * The rules a roadmap keeps, named as the README's constraints table names them. The {@link RoadmapChecker} reports
 * broken ones by these names, the solver's constraints carry them, and explanations refer to them.
 */
public enum Rule {
    DEPENDENCY_ORDER("Dependency order"),
    PERIOD_BUDGET("Period budget"),
    PHASE_BUDGET("Phase budget"),
    RESOURCE_CAPACITY("Resource capacity"),
    EXCLUSION("Exclusion"),
    NO_DUPLICATE_CAPABILITY("No duplicate capability"),
    REPLACEMENT_ORDER("Replacement order"),
    TIME_WINDOW("Time window"),
    HORIZON("Horizon"),
    PINNED_START("Pinned start"),
    /** Ranks below the hard rules: a roadmap that breaks it is legal, if poor. */
    MUST_COMPONENT_SCHEDULED("Must component scheduled");

    private final String title;

    Rule(String title) {
        this.title = title;
    }

    /** The rule's name, e.g. {@code Period budget}. */
    public String title() {
        return title;
    }
}
