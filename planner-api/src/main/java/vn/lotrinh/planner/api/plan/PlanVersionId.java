package vn.lotrinh.planner.api.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A version of a plan: the key of {@code plan_versions}. */
@Embeddable
record PlanVersionId(@Column(name = "plan_id") String planId, long version) {
}
