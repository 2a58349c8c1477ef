package vn.lotrinh.planner.api.plan;

import java.time.Instant;

/** A plan as the service holds it: identity, version and the document text. */
public record StoredPlan(String id, String name, long version, String documentJson, Instant createdAt,
        Instant updatedAt) {

    public PlanSummary summary() {
        return new PlanSummary(id, name, version, createdAt, updatedAt);
    }
}
