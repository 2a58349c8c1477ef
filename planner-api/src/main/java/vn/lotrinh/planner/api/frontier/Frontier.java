package vn.lotrinh.planner.api.frontier;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.core.frontier.FrontierPoint;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A budget frontier as clients see it. Money in the plan's money unit.
 *
 * @param planVersion the plan version traced; the plan may have moved on since
 * @param fundingSource the one funding source whose budgets are scaled, or {@code null} for every budget
 * @param scales the factors of the budgets, ascending, one point each
 * @param points the points found so far, in the order of {@code scales}
 * @param reason why a {@code FAILED} frontier failed, in the reader's language
 */
public record Frontier(String frontierId, String planId, long planVersion, SolveStatus status, String fundingSource,
        Objective objective, List<BigDecimal> scales, List<Point> points, Progress progress, Instant submittedAt,
        Instant startedAt, Instant finishedAt, Text reason) {

    /**
     * One point: the plan with its budgets scaled by {@code scale}, and the best roadmap found for it.
     *
     * @param budgetTotal the sum of the scaled budgets (of the one funding source, for a frontier of one line)
     * @param feasible whether the roadmap breaks no hard rule and schedules every {@code MUST} component
     * @param marginalValue objective gained per unit of extra budget since the point below; {@code null} for the
     *     first point, or when the budget did not grow
     * @param assignments the scheduled components with their start periods, in plan order
     */
    @Schema(name = "FrontierPoint")
    public record Point(BigDecimal scale, BigDecimal budgetTotal, BigDecimal objectiveValue, int scheduled,
            int deferred, int mustDeferred, boolean feasible, BigDecimal marginalValue,
            List<ScheduledStart> assignments) {

        /** The core's point, its scheduled components in the order of the plan. */
        static Point of(FrontierPoint point, Plan plan) {
            List<ScheduledStart> assignments = plan.components().stream()
                    .map(Component::id)
                    .filter(point.starts()::containsKey)
                    .map(id -> new ScheduledStart(id, point.starts().get(id)))
                    .toList();
            return new Point(point.scale(), point.budgetTotal(), point.objectiveValue(), point.scheduled(),
                    point.deferred(), point.mustDeferred(), point.feasible(), point.marginalValue(), assignments);
        }
    }

    /** A scheduled component and the label of the period it starts in. */
    @Schema(name = "FrontierStart")
    public record ScheduledStart(String componentId, String startPeriod) {
    }

    /**
     * @param finished the points found so far
     * @param total the points the frontier traces, one per scale
     */
    @Schema(name = "FrontierProgress")
    public record Progress(int finished, int total) {
    }
}
