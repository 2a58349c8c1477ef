package vn.lotrinh.planner.api.plan;

import java.time.Instant;

/** What the plan list and every write answer: the plan's identity and version, not its document. */
public record PlanSummary(String id, String name, long version, Instant createdAt, Instant updatedAt) {
}
