package vn.lotrinh.planner.api.job;

import java.time.Instant;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * A solve job as clients see it.
 *
 * @param planVersion the plan version being solved; the plan may have moved on since
 * @param bestScore the score of the best roadmap so far, {@code null} until there is one
 * @param reason why a {@code FAILED} job failed
 * @param baselineJobId the job whose roadmap a re-plan started from, {@code null} for a fresh solve
 */
public record SolveJob(String jobId, String planId, long planVersion, Objective objective, SolveStatus status,
        String bestScore, Instant submittedAt, Instant startedAt, Instant finishedAt, String reason,
        String baselineJobId) {
}
