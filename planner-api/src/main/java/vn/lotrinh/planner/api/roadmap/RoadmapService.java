package vn.lotrinh.planner.api.roadmap;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.solve.RoadmapStore;
import vn.lotrinh.planner.api.solve.SolveJob;
import vn.lotrinh.planner.api.solve.SolveService;
import vn.lotrinh.planner.api.solve.StoredRoadmap;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/** Reads roadmaps and exports them as CSV and Excel. */
@Service
public class RoadmapService {

    private final PlanService plans;
    private final SolveService solves;
    private final RoadmapStore roadmaps;

    RoadmapService(PlanService plans, SolveService solves, RoadmapStore roadmaps) {
        this.plans = plans;
        this.solves = solves;
        this.roadmaps = roadmaps;
    }

    /** The roadmap of the plan's most recently submitted job that has one. */
    public RoadmapResponse latestOfPlan(String planId) {
        return response(latest(planId));
    }

    public RoadmapResponse ofJob(String jobId) {
        SolveJob job = solves.job(jobId);
        return response(roadmaps.ofJob(job.jobId()).orElseThrow(() ->
                new NotFoundException("Solve job " + jobId + " has no roadmap yet.")));
    }

    public byte[] latestAsCsv(String planId) {
        return RoadmapExports.csv(rows(latest(planId)));
    }

    public byte[] latestAsXlsx(String planId) {
        return RoadmapExports.xlsx(rows(latest(planId)));
    }

    private StoredRoadmap latest(String planId) {
        plans.get(planId);
        return roadmaps.latestOfPlan(planId).orElseThrow(() ->
                new NotFoundException("Plan " + planId + " has no roadmap yet: solve it first."));
    }

    /** Rows against the plan version that was solved, which may differ from the plan's current version. */
    private List<RoadmapRow> rows(StoredRoadmap stored) {
        Plan plan = roadmaps.planOfJob(stored.jobId());
        return RoadmapRows.of(plan, stored.roadmap());
    }

    private RoadmapResponse response(StoredRoadmap stored) {
        Roadmap roadmap = stored.roadmap();
        SolveJob job = solves.job(stored.jobId());
        return new RoadmapResponse(stored.planId(), stored.jobId(), stored.planVersion(), job.status(),
                roadmap.objective(), roadmap.score(), roadmap.feasible(), roadmap.objectiveValue(),
                roadmap.assignments(), roadmap.violations(), stored.updatedAt());
    }
}
