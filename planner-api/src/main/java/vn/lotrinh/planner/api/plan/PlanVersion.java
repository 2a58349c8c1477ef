package vn.lotrinh.planner.api.plan;

import java.time.Instant;

/**
 * A version of a plan as {@code GET /api/plans/{planId}/versions} lists it.
 *
 * @param createdBy the user who made it; {@code null} for a version stored before versions were recorded
 * @param action how it was made; {@code null} likewise
 */
public record PlanVersion(long version, Instant createdAt, String createdBy, PlanChange action) {
}
