package vn.lotrinh.planner.api.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.CapUse;
import vn.lotrinh.planner.core.roadmap.Change;
import vn.lotrinh.planner.core.roadmap.Optimality;

/**
 * A roadmap as clients read it: the core roadmap plus the plan, job and plan version it belongs to.
 *
 * @param planVersion the plan version that was solved; the plan may have been edited since
 * @param jobStatus the job's status: {@code SOLVING} means the roadmap may still improve
 * @param bindingCaps the budgets and capacities that keep a component deferred or later, with what is used and left
 * @param baselineJobId for a re-plan, the job whose roadmap it started from; else {@code null}
 * @param changes for a re-plan, every component whose place differs from the baseline's, and why
 * @param optimality what the exact search proves about the roadmap: {@code OPTIMAL}, {@code FEASIBLE} within a gap of
 *     its bound, or {@code UNKNOWN} and why
 * @param updatedAt when this roadmap was last improved
 */
public record RoadmapResponse(String planId, String jobId, long planVersion, SolveStatus jobStatus,
        Objective objective, String score, boolean feasible, BigDecimal objectiveValue, List<Assignment> assignments,
        List<Text> violations, List<CapUse> bindingCaps, String baselineJobId, List<Change> changes,
        Optimality optimality, Instant updatedAt) {
}
