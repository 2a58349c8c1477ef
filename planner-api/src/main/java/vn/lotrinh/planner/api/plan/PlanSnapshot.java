package vn.lotrinh.planner.api.plan;

import vn.lotrinh.planner.core.plan.Plan;

/**
 * One version of a plan, frozen: what a solve works on while the plan itself may be edited.
 *
 * @param documentJson the stored document of that version
 * @param plan the document read into the core model
 */
public record PlanSnapshot(String planId, long version, String documentJson, Plan plan) {
}
