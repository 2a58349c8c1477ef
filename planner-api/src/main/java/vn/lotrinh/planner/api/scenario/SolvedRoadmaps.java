package vn.lotrinh.planner.api.scenario;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.roadmap.StoredRoadmap;
import vn.lotrinh.planner.api.system.ConflictException;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.read.Text;

/** Finds the latest roadmap of a plan for the answers built on one, with the plan version it belongs to. */
@Component
class SolvedRoadmaps {

    private final PlanService plans;
    private final RoadmapStore roadmaps;
    private final SolveJobs jobs;

    SolvedRoadmaps(PlanService plans, RoadmapStore roadmaps, SolveJobs jobs) {
        this.plans = plans;
        this.roadmaps = roadmaps;
        this.jobs = jobs;
    }

    /**
     * The roadmap of the plan's most recently submitted job that has one (as {@code GET …/roadmap} answers it).
     *
     * @throws NotFoundException when there is no such plan
     * @throws ConflictException naming the plan when it has no roadmap yet
     */
    SolvedRoadmap latestOf(String planId) {
        plans.get(planId);
        StoredRoadmap stored = roadmaps.findLatestOf(planId).orElseThrow(() -> new ConflictException(
                Text.of("No roadmap yet", "Chưa có lộ trình"),
                Text.format("Plan {0} has no roadmap yet: solve it first.",
                        "Kế hoạch {0} chưa có lộ trình: hãy giải trước.", planId),
                Map.of("planId", planId), List.of()));
        return new SolvedRoadmap(stored, jobs.planOf(stored.jobId()));
    }
}
