package vn.lotrinh.planner.api.alignment;

import vn.lotrinh.planner.core.alignment.Alignment;

/**
 * A plan against its framework catalogue: the plan's current version, and the latest roadmap against the plan
 * version it solved.
 *
 * @param plan the current version's components against the catalogue, without a schedule
 * @param roadmap the latest roadmap against the catalogue, or {@code null} when the plan has never been solved
 */
public record AlignmentResponse(String planId, long planVersion, String framework, Alignment plan,
        RoadmapAlignment roadmap) {

    /** The latest roadmap's alignment, with the job and plan version it belongs to. */
    public record RoadmapAlignment(String jobId, long planVersion, Alignment alignment) {
    }
}
