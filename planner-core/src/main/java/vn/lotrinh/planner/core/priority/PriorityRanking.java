package vn.lotrinh.planner.core.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Priorities;

/**
 * A plan's components ranked by their weighted scores under the plan's criteria: a component whose value the plan
 * gives counts with that value, every other one with {@code Σ weight × score}. Ties are ranked in plan order.
 */
public final class PriorityRanking {

    private PriorityRanking() {
    }

    /**
     * One component's place.
     *
     * @param value the value the plan gives it: its weighted score rounded, or the explicit value
     * @param score what it is ranked by: its weighted score unrounded, or the explicit value
     * @param rank 1 for the first
     * @param explicitValue whether the plan gives its value, so that the weights do not move it
     * @param contributions each criterion's share of the weighted score ({@code weight × score / Σ}), in criteria
     *     order, summing to 1 (all 0 for a score of 0); empty for a component whose value the plan gives
     */
    public record Ranked(String componentId, String name, double value, double score, int rank,
            boolean explicitValue, Map<String, Double> contributions) {

        public Ranked {
            contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        }
    }

    /** Every component of a plan with criteria, the first ranked first. */
    public static List<Ranked> of(Plan plan) {
        Priorities priorities = plan.priorities();
        List<Component> components = plan.components();
        List<Integer> order = order(plan, priorities.weights());
        List<Ranked> ranked = new ArrayList<>(components.size());
        for (int position = 0; position < order.size(); position++) {
            Component component = components.get(order.get(position));
            boolean explicit = priorities.explicitValues().contains(component.id());
            ranked.add(new Ranked(component.id(), component.name(), component.value(),
                    score(plan, component, priorities.weights()), position + 1, explicit,
                    explicit ? Map.of() : contributions(priorities, component.id())));
        }
        return ranked;
    }

    /** The components' indexes in the plan, the first ranked first, under these weights by criterion id. */
    public static List<Integer> order(Plan plan, Map<String, Double> weights) {
        List<Component> components = plan.components();
        double[] scores = new double[components.size()];
        List<Integer> order = new ArrayList<>(components.size());
        for (int i = 0; i < components.size(); i++) {
            scores[i] = score(plan, components.get(i), weights);
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(Comparator.naturalOrder()));
        return order;
    }

    /** What a component is ranked by under these weights. */
    static double score(Plan plan, Component component, Map<String, Double> weights) {
        Priorities priorities = plan.priorities();
        return priorities.explicitValues().contains(component.id()) ? component.value()
                : priorities.weightedScore(component.id(), weights);
    }

    private static Map<String, Double> contributions(Priorities priorities, String componentId) {
        Map<String, Double> scores = priorities.scores().getOrDefault(componentId, Map.of());
        double total = priorities.weightedScore(componentId);
        Map<String, Double> shares = new LinkedHashMap<>();
        scores.forEach((criterion, score) -> shares.put(criterion,
                total > 0 ? priorities.weights().get(criterion) * score / total : 0.0));
        return shares;
    }
}
