package vn.lotrinh.planner.api.scenario;

import vn.lotrinh.planner.api.roadmap.StoredRoadmap;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * A plan's latest roadmap with the plan version it was solved from.
 *
 * @param plan the version of the plan that was solved, which may be older than the plan's current version
 */
record SolvedRoadmap(StoredRoadmap stored, Plan plan) {
}
