package vn.lotrinh.planner.api.job;

import java.time.Instant;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Optimality;

/**
 * A solve job as clients see it.
 *
 * @param planVersion the plan version being solved; the plan may have moved on since
 * @param bestScore the score of the best roadmap so far, {@code null} until there is one
 * @param reason why a {@code FAILED} job failed, in the reader's language
 * @param baselineJobId the job whose roadmap a re-plan started from, {@code null} for a fresh solve
 * @param optimality what is proven about the best roadmap so far (see {@link Optimality}), {@code null} until there
 *     is one
 */
public record SolveJob(String jobId, String planId, long planVersion, Objective objective, SolveStatus status,
        String bestScore, Instant submittedAt, Instant startedAt, Instant finishedAt, Text reason,
        String baselineJobId, Optimality optimality) {

    /** The same job with what is proven about its best roadmap. */
    public SolveJob withOptimality(Optimality proven) {
        return new SolveJob(jobId, planId, planVersion, objective, status, bestScore, submittedAt, startedAt,
                finishedAt, reason, baselineJobId, proven);
    }
}
