package vn.lotrinh.planner.api.roadmap;

import java.time.Instant;
import vn.lotrinh.planner.api.job.SolveStatus;

/**
 * Which roadmap is a plan's latest, without its document: enough to tell whether something derived from it is still
 * current, since a stored roadmap changes only by a new solve (a new job) or an improvement (a new {@code updatedAt}).
 *
 * @param jobStatus the status of the job now; it moves on once more after the job's last improvement
 */
public record RoadmapStamp(String jobId, String planId, long planVersion, Instant updatedAt, SolveStatus jobStatus) {
}
