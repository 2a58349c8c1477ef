package vn.lotrinh.planner.api.solve;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.job.SolveJob;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.plan.PlanOrigin;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.roadmap.StoredRoadmap;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.solver.Baseline;

/**
 * Reads the baseline a solve request re-plans from: the roadmap of an earlier job of the same plan or of the plan it
 * was derived from (a scenario's parent), its starts carried over by component id and period label into the plan
 * version being solved (a component the plan no longer has and a start outside its horizon are dropped), and the
 * request's {@code asOf} and {@code stability}.
 */
@Component
class Baselines {

    static final BigDecimal MAX_STABILITY = BigDecimal.valueOf(1000);

    private final SolveJobs jobs;
    private final RoadmapStore roadmaps;
    private final PlanService plans;

    Baselines(SolveJobs jobs, RoadmapStore roadmaps, PlanService plans) {
        this.jobs = jobs;
        this.roadmaps = roadmaps;
        this.plans = plans;
    }

    /**
     * The baseline of the request for the snapshot's plan, or {@code null} when it names none; every error of its
     * baseline fields is added to {@code errors}, pointing at the field.
     */
    Baseline of(SolveRequest request, PlanSnapshot snapshot, List<PlanError> errors) {
        if (request.baselineJobId() == null) {
            requireBaseline(request.asOf() != null, "/asOf", errors);
            requireBaseline(request.stability() != null, "/stability", errors);
            return null;
        }
        int errorsBefore = errors.size();
        StoredRoadmap baseline = roadmapOf(request.baselineJobId(), snapshot.planId(), errors);
        PlanCalendar calendar = snapshot.plan().calendar();
        Integer asOf = null;
        if (request.asOf() != null) {
            asOf = calendar.indexInHorizon(request.asOf()).orElse(null);
            if (asOf == null) {
                errors.add(new PlanError("/asOf", Text.format("must be a period of the plan, from {0} to {1}",
                        "phải là một kỳ của kế hoạch, từ {0} đến {1}", calendar.label(0),
                        calendar.label(calendar.periods() - 1))));
            }
        }
        BigDecimal stability = request.stability() == null ? Baseline.DEFAULT_STABILITY : request.stability();
        if (stability.signum() < 0 || stability.compareTo(MAX_STABILITY) > 0) {
            errors.add(new PlanError("/stability", Text.of("must be a factor from 0 (a fresh solve) to 1000",
                    "phải là một hệ số từ 0 (giải lại từ đầu) đến 1000")));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        Map<String, Integer> starts = new HashMap<>();
        for (Assignment assignment : baseline.roadmap().assignments()) {
            if (!assignment.deferred()) {
                calendar.indexInHorizon(assignment.startPeriod())
                        .ifPresent(start -> starts.put(assignment.componentId(), start));
            }
        }
        return new Baseline(starts, asOf, stability);
    }

    private StoredRoadmap roadmapOf(String jobId, String planId, List<PlanError> errors) {
        SolveJob job;
        try {
            job = jobs.job(jobId);
        } catch (NotFoundException e) {
            errors.add(new PlanError("/baselineJobId", Text.format("there is no solve job {0}",
                    "không có lượt giải {0}", jobId)));
            return null;
        }
        PlanOrigin origin = plans.get(planId).origin();
        String parentId = origin == null ? null : origin.parentId();
        if (!job.planId().equals(planId) && !job.planId().equals(parentId)) {
            errors.add(new PlanError("/baselineJobId", parentId == null
                    ? Text.format("solve job {0} solved another plan: name a job of this plan", "lượt giải {0} giải"
                            + " một kế hoạch khác: hãy nêu một lượt giải của kế hoạch này", jobId)
                    : Text.format("solve job {0} solved another plan: name a job of this plan or of {1}, the plan it"
                            + " derives from", "lượt giải {0} giải một kế hoạch khác: hãy nêu một lượt giải của kế"
                            + " hoạch này hoặc của {1}, kế hoạch gốc của nó", jobId, parentId)));
            return null;
        }
        Optional<StoredRoadmap> roadmap = roadmaps.ofJob(jobId);
        if (roadmap.isEmpty()) {
            errors.add(new PlanError("/baselineJobId", Text.format("solve job {0} has no roadmap yet",
                    "lượt giải {0} chưa có lộ trình", jobId)));
        }
        return roadmap.orElse(null);
    }

    private static void requireBaseline(boolean given, String pointer, List<PlanError> errors) {
        if (given) {
            errors.add(new PlanError(pointer, Text.of("goes with baselineJobId: name the solve job to re-plan from",
                    "đi cùng baselineJobId: hãy nêu lượt giải làm gốc để lập lại kế hoạch")));
        }
    }
}
