package vn.lotrinh.planner.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change as recorded.
 *
 * @param user the authenticated name; {@code local} in single-user local mode, {@code system} for the service itself
 * @param planVersion the plan's version the change made or acted on; {@code null} when it has none
 * @param subjectId the job or frontier started or stopped, or the parent a scenario was derived from
 * @param details what changed, by action (see the README's "Access and audit")
 */
public record AuditEntry(String id, Instant at, String user, AuditAction action, String planId, Long planVersion,
        String subjectId, JsonNode details) {
}
