package vn.lotrinh.planner.api.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.roadmap.Assignment;

/**
 * A roadmap as clients read it: the core roadmap plus the plan, job and plan version it belongs to.
 *
 * @param planVersion the plan version that was solved; the plan may have been edited since
 * @param jobStatus the job's status: {@code SOLVING} means the roadmap may still improve
 * @param updatedAt when this roadmap was last improved
 */
public record RoadmapResponse(String planId, String jobId, long planVersion, SolveStatus jobStatus,
        Objective objective, String score, boolean feasible, BigDecimal objectiveValue, List<Assignment> assignments,
        List<String> violations, Instant updatedAt) {
}
