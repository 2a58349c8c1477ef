package vn.lotrinh.planner.api.roadmap;

import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.system.NotFoundException;

/**
 * Finds a plan's latest roadmap, the one of its most recently submitted job that has one, for every answer built on
 * it. The one place that answers a plan without a roadmap: {@code 404} for an unknown plan, else for an unsolved one.
 */
@Component
public class LatestRoadmaps {

    private final RoadmapStore roadmaps;
    private final PlanService plans;

    LatestRoadmaps(RoadmapStore roadmaps, PlanService plans) {
        this.roadmaps = roadmaps;
        this.plans = plans;
    }

    /**
     * Which roadmap is the plan's latest, without reading it: one light query.
     *
     * @throws NotFoundException when there is no such plan or it has never been solved
     */
    public RoadmapStamp stampOf(String planId) {
        return roadmaps.latestStampOfPlan(planId).orElseThrow(() -> noRoadmap(planId));
    }

    /**
     * The roadmap {@code stamp} names as it is stored now, which may be a little newer than the stamp if its solve
     * improved it meanwhile.
     */
    public StoredRoadmap roadmapOf(RoadmapStamp stamp) {
        return roadmaps.ofJob(stamp.jobId()).orElseThrow(() -> noRoadmap(stamp.planId()));
    }

    /** @throws NotFoundException when there is no such plan or it has never been solved */
    StoredRoadmap of(String planId) {
        return roadmaps.latestOfPlan(planId).orElseThrow(() -> noRoadmap(planId));
    }

    private NotFoundException noRoadmap(String planId) {
        plans.get(planId); // an unknown plan is its own 404
        return new NotFoundException("Plan " + planId + " has no roadmap yet: solve it first.");
    }
}
