package vn.lotrinh.planner.core.priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Priorities;

/**
 * How far each criterion's weight can move before the top of the ranking changes. Moving weight {@code k} to {@code t}
 * rescales the others proportionally, {@code w_j(t) = w_j (1 − t) / (1 − w_k)}, so that they still sum to 1; then
 * every component's score is linear in {@code t}: {@code t s_k + (1 − t) R} with {@code R = Σ_{j≠k} w_j s_j / (1 −
 * w_k)} (a constant for a component whose value the plan gives). The order of two components changes only where their
 * lines cross, so the bounds are the nearest crossings below and above {@code w_k} among the pairs of a component of
 * the top with any component ranked after it: exact, no search.
 */
public final class WeightSensitivity {

    /** How many components at the top of the ranking the bounds keep in their order. */
    public static final int TOP = 10;

    private WeightSensitivity() {
    }

    /**
     * The range of one criterion's weight within which the top of the ranking stays as it is, the other weights
     * rescaled proportionally. Strictly inside it the top components and their order are those of the plan's own
     * weights; at a bound below 1 or above 0 two components tie, and beyond it their order is reversed.
     *
     * @param weight the criterion's weight in the plan
     * @param lower from 0 to {@code weight}
     * @param upper from {@code weight} to 1
     */
    public record Range(String criterionId, double weight, double lower, double upper) {
    }

    /** Every criterion's range, in criteria order, for the top {@link #TOP} of the ranking. */
    public static List<Range> of(Plan plan) {
        return of(plan, TOP);
    }

    public static List<Range> of(Plan plan, int top) {
        Priorities priorities = plan.priorities();
        List<Integer> order = PriorityRanking.order(plan, priorities.weights());
        List<Range> ranges = new ArrayList<>();
        for (String criterion : priorities.weights().keySet()) {
            ranges.add(range(plan, criterion, order, Math.min(top, order.size())));
        }
        return ranges;
    }

    /** The weights with {@code criterionId}'s moved to {@code weight} and the others rescaled to sum 1 with it. */
    public static Map<String, Double> moved(Map<String, Double> weights, String criterionId, double weight) {
        double others = 1 - weights.get(criterionId);
        Map<String, Double> moved = new LinkedHashMap<>();
        weights.forEach((id, w) -> moved.put(id, id.equals(criterionId) ? weight
                : others > 0 ? w * (1 - weight) / others : 0));
        return moved;
    }

    private static Range range(Plan plan, String criterion, List<Integer> order, int top) {
        Priorities priorities = plan.priorities();
        double weight = priorities.weights().get(criterion);
        if (priorities.weights().size() == 1) {
            return new Range(criterion, weight, weight, weight);
        }
        List<Component> components = plan.components();
        double[] intercept = new double[components.size()];
        double[] slope = new double[components.size()];
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            if (priorities.explicitValues().contains(component.id())) {
                intercept[i] = component.value();
            } else {
                double own = priorities.scores().get(component.id()).get(criterion);
                double rest = (priorities.weightedScore(component.id()) - weight * own) / (1 - weight);
                intercept[i] = rest;
                slope[i] = own - rest;
            }
        }
        double lower = 0;
        double upper = 1;
        for (int first = 0; first < top; first++) {
            int p = order.get(first);
            for (int later = first + 1; later < order.size(); later++) {
                int q = order.get(later);
                double gap = intercept[p] - intercept[q] + (slope[p] - slope[q]) * weight;
                double closing = slope[p] - slope[q];
                if (closing == 0) {
                    continue;
                }
                double crossing = weight - gap / closing;
                if (closing > 0) {
                    lower = Math.max(lower, Math.min(crossing, weight));
                } else {
                    upper = Math.min(upper, Math.max(crossing, weight));
                }
            }
        }
        return new Range(criterion, weight, lower, upper);
    }
}
