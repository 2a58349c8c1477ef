package vn.lotrinh.planner.api.plan;

/** Published just before a plan is deleted, so that work on it (running solves) can stop first. */
public record PlanDeletedEvent(String planId) {
}
