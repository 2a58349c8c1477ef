package vn.lotrinh.planner.api.explanation;

import java.time.Instant;
import vn.lotrinh.planner.api.roadmap.StoredRoadmap;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.solver.explain.Explanation;

/**
 * A stored roadmap explained against the plan version it was solved from, before any text is written.
 *
 * @param roadmapUpdatedAt when the explained roadmap was last improved
 */
record ExplainedRoadmap(String planId, long planVersion, String jobId, Instant roadmapUpdatedAt, Plan plan,
        Explanation explanation) {

    static ExplainedRoadmap of(StoredRoadmap roadmap, Plan plan, Explanation explanation) {
        return new ExplainedRoadmap(roadmap.planId(), roadmap.planVersion(), roadmap.jobId(), roadmap.updatedAt(),
                plan, explanation);
    }
}
