package vn.lotrinh.planner.core.frontier;

import java.math.BigDecimal;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * One point of a budget frontier: the plan with its budgets scaled, and the best roadmap found for it. Money in the
 * plan's money unit.
 *
 * @param budgetTotal the sum of the scaled budgets (of the one funding source, for a frontier of one budget line)
 * @param feasible whether the roadmap breaks no hard rule and schedules every {@code MUST} component
 * @param marginalValue objective gained per unit of extra budget since the point below ({@code null} for the first,
 *     or when the budget did not grow)
 * @param starts the start period label of every scheduled component
 */
public record FrontierPoint(
        BigDecimal scale,
        BigDecimal budgetTotal,
        Objective objective,
        BigDecimal objectiveValue,
        int scheduled,
        int deferred,
        int mustDeferred,
        boolean feasible,
        BigDecimal marginalValue,
        Map<String, String> starts) {

    public FrontierPoint {
        starts = Map.copyOf(starts);
    }
}
