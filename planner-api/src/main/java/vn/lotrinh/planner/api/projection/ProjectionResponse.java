package vn.lotrinh.planner.api.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.lotrinh.planner.api.roadmap.StoredRoadmap;
import vn.lotrinh.planner.core.projection.PeriodProjection;
import vn.lotrinh.planner.core.projection.PhaseProjection;
import vn.lotrinh.planner.core.projection.Projection;
import vn.lotrinh.planner.core.projection.ProjectionTotals;

/**
 * The cost projection of a plan's latest roadmap as clients read it: the core projection plus the plan, job and plan
 * version it belongs to. Amounts are in the plan's money unit.
 *
 * @param planVersion the plan version that was solved and projected; the plan may have been edited since
 * @param roadmapUpdatedAt when the projected roadmap was last improved
 */
public record ProjectionResponse(String planId, String jobId, long planVersion, Instant roadmapUpdatedAt,
        String currency, BigDecimal moneyUnit, List<PeriodProjection> periods, List<PhaseProjection> phases,
        ProjectionTotals totals, int simulations, long seed) {

    static ProjectionResponse of(StoredRoadmap roadmap, Projection projection) {
        return new ProjectionResponse(roadmap.planId(), roadmap.jobId(), roadmap.planVersion(), roadmap.updatedAt(),
                projection.currency(), projection.moneyUnit(), projection.periods(), projection.phases(),
                projection.totals(), projection.simulations(), projection.seed());
    }
}
