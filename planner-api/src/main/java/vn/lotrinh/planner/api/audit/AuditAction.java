package vn.lotrinh.planner.api.audit;

/** What a user did, as the audit trail records it. */
public enum AuditAction {
    PLAN_CREATED,
    PLAN_IMPORTED,
    PLAN_EDITED,
    PLAN_DELETED,
    SCENARIO_CREATED,
    SOLVE_STARTED,
    REPLAN_STARTED,
    SOLVE_STOPPED,
    FRONTIER_STARTED,
    FRONTIER_STOPPED
}
