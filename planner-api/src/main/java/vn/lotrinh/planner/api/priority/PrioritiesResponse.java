package vn.lotrinh.planner.api.priority;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.lotrinh.planner.core.priority.PriorityReport;

/**
 * The priorities of a plan's current version: its criteria's weights by pairwise comparison, their consistency, the
 * components ranked by weighted score, and how far each weight can move before the top ten change — the members of
 * the core's report beside the plan's id and version.
 */
public record PrioritiesResponse(String planId, long planVersion, @JsonUnwrapped PriorityReport report) {
}
