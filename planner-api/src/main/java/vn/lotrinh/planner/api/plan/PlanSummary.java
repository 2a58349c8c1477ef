package vn.lotrinh.planner.api.plan;

import java.time.Instant;

/**
 * What the plan list and every write answer: the plan's identity and version, not its document.
 *
 * @param parentId the plan a scenario was derived from, {@code null} for any other plan
 * @param parentVersion the version of the parent it was derived from, {@code null} for any other plan
 */
public record PlanSummary(String id, String name, long version, Instant createdAt, Instant updatedAt,
        String parentId, Long parentVersion) {
}
