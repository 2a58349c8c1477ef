package vn.lotrinh.planner.api.plan;

import java.time.Instant;

/**
 * A plan as the service holds it: identity, version and the document text.
 *
 * @param origin where a scenario comes from; {@code null} for a plan that was not derived from another
 */
public record StoredPlan(String id, String name, long version, String documentJson, Instant createdAt,
        Instant updatedAt, PlanOrigin origin) {

    public PlanSummary summary() {
        return new PlanSummary(id, name, version, createdAt, updatedAt, origin == null ? null : origin.parentId(),
                origin == null ? null : origin.parentVersion());
    }
}
