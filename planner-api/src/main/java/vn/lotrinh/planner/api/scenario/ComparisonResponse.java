package vn.lotrinh.planner.api.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.scenario.RoadmapComparison;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.Change;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.ComponentDifference;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.PeriodSpend;

/**
 * What {@code GET /api/plans/{a}/compare/{b}} answers: the latest roadmaps of two plans side by side. Money is in
 * {@code a}'s money unit at constant prices; both objective values are by {@code a}'s objective.
 *
 * @param difference {@code b.objectiveValue − a.objectiveValue}
 * @param moved the components both schedule at different starts
 * @param newlyDeferred the components {@code a} schedules and {@code b} defers, with {@code b}'s reasons
 * @param newlyScheduled the components {@code a} defers and {@code b} schedules
 * @param unchanged how many components both schedule at the same start
 * @param deferredInBoth how many components both defer
 * @param onlyInA the ids of the components only plan {@code a} has
 * @param onlyInB the ids of the components only plan {@code b} has
 * @param spend per period, the budgeted spending of each funding source in both roadmaps
 * @param components every component of either plan, {@code a}'s order then {@code b}'s new ones
 */
public record ComparisonResponse(Side a, Side b, Objective objective, BigDecimal difference,
        List<ComponentDifference> moved, List<ComponentDifference> newlyDeferred,
        List<ComponentDifference> newlyScheduled, int unchanged, int deferredInBoth, List<String> onlyInA,
        List<String> onlyInB, List<PeriodSpend> spend, List<ComponentDifference> components) {

    /**
     * One of the two roadmaps compared.
     *
     * @param planVersion the plan version the roadmap was solved from
     * @param objectiveValue the roadmap's value by {@code a}'s objective
     */
    @Schema(name = "ComparedRoadmap")
    public record Side(String planId, String jobId, long planVersion, BigDecimal objectiveValue) {
    }

    static ComparisonResponse of(SolvedRoadmap a, SolvedRoadmap b, RoadmapComparison comparison) {
        return new ComparisonResponse(side(a, comparison.objectiveValueA()), side(b, comparison.objectiveValueB()),
                comparison.objective(), comparison.difference(), comparison.of(Change.MOVED),
                comparison.of(Change.NEWLY_DEFERRED), comparison.of(Change.NEWLY_SCHEDULED),
                comparison.of(Change.UNCHANGED).size(), comparison.of(Change.DEFERRED_IN_BOTH).size(),
                ids(comparison.of(Change.ONLY_IN_A)), ids(comparison.of(Change.ONLY_IN_B)), comparison.spend(),
                comparison.components());
    }

    private static Side side(SolvedRoadmap solved, BigDecimal objectiveValue) {
        return new Side(solved.stored().planId(), solved.stored().jobId(), solved.stored().planVersion(),
                objectiveValue);
    }

    private static List<String> ids(List<ComponentDifference> components) {
        return components.stream().map(ComponentDifference::componentId).toList();
    }
}
