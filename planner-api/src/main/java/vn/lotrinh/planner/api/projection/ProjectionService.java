package vn.lotrinh.planner.api.projection;

import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.solve.RoadmapStamp;
import vn.lotrinh.planner.api.solve.RoadmapStore;
import vn.lotrinh.planner.api.solve.StoredRoadmap;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.projection.CostProjector;
import vn.lotrinh.planner.core.projection.ProjectionSettings;

/**
 * Projects the money of a plan's latest roadmap against the plan version that roadmap was solved from, and exports
 * it as CSV and Excel. Projections are cached (see {@link ProjectionCache}), so asking again is cheap.
 */
@Service
public class ProjectionService {

    private final PlanService plans;
    private final RoadmapStore roadmaps;
    private final ProjectionCache cache;
    private final CostProjector projector = new CostProjector();

    ProjectionService(PlanService plans, RoadmapStore roadmaps, ProjectionCache cache) {
        this.plans = plans;
        this.roadmaps = roadmaps;
        this.cache = cache;
    }

    /**
     * The projection of the roadmap of the plan's most recently submitted job that has one.
     *
     * @throws NotFoundException when there is no such plan or it has never been solved
     */
    public ProjectionResponse latestOfPlan(String planId, ProjectionSettings settings) {
        RoadmapStamp stamp = roadmaps.latestStampOfPlan(planId).orElseThrow(() -> noRoadmap(planId));
        return cache.get(ProjectionCache.Key.of(stamp, settings), () -> project(stamp, settings));
    }

    public byte[] latestAsCsv(String planId, ProjectionSettings settings) {
        return ProjectionExports.csv(ProjectionTables.periods(latestOfPlan(planId, settings)));
    }

    public byte[] latestAsXlsx(String planId, ProjectionSettings settings) {
        return ProjectionExports.xlsx(ProjectionTables.sheets(latestOfPlan(planId, settings)));
    }

    /**
     * Projects the job's roadmap as it is stored now, which may be a little newer than {@code stamp} if the solve
     * improved it meanwhile: the answer names the state it was made from.
     */
    private ProjectionResponse project(RoadmapStamp stamp, ProjectionSettings settings) {
        StoredRoadmap roadmap = roadmaps.ofJob(stamp.jobId()).orElseThrow(() -> noRoadmap(stamp.planId()));
        Plan plan = roadmaps.planOfJob(stamp.jobId());
        return ProjectionResponse.of(roadmap, projector.project(plan, roadmap.roadmap(), settings));
    }

    private NotFoundException noRoadmap(String planId) {
        plans.get(planId); // an unknown plan is its own 404
        return new NotFoundException("Plan " + planId + " has no roadmap yet: solve it first.");
    }
}
