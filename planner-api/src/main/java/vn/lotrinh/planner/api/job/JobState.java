package vn.lotrinh.planner.api.job;

import java.time.Instant;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * What every stored job holds, whatever it computes: the plan version it works on, its objective and where it is.
 *
 * @param failureReason why a {@code FAILED} job failed, {@code null} otherwise
 */
public record JobState(String id, String planId, long planVersion, Objective objective, SolveStatus status,
        Instant submittedAt, Instant startedAt, Instant finishedAt, String failureReason) {
}
