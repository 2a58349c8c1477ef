package vn.lotrinh.planner.core.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's criteria, weighted by pairwise comparison (AHP), and each component's scores against them. A plan without
 * criteria has {@link #NONE}.
 *
 * @param weights each criterion's weight, in criteria order, summing to 1: the principal eigenvector of the
 *     comparisons' matrix
 * @param lambdaMax the matrix's largest eigenvalue, {@code n} exactly when the comparisons are consistent
 * @param consistencyIndex {@code (lambdaMax − n) / (n − 1)}, 0 for one or two criteria
 * @param consistencyRatio the consistency index over Saaty's random index for {@code n}, 0 for one or two criteria
 * @param scores component id → criterion id → score from 0 to 10, for every component that gives scores
 * @param explicitValues ids of the components whose {@code value} the plan gives, which their scores do not replace
 */
public record Priorities(
        List<Criterion> criteria,
        List<Comparison> comparisons,
        Map<String, Double> weights,
        double lambdaMax,
        double consistencyIndex,
        double consistencyRatio,
        Map<String, Map<String, Double>> scores,
        Set<String> explicitValues) {

    public static final Priorities NONE = new Priorities(List.of(), List.of(), Map.of(), 0, 0, 0, Map.of(), Set.of());

    public Priorities {
        criteria = List.copyOf(criteria);
        comparisons = List.copyOf(comparisons);
        weights = ordered(weights);
        Map<String, Map<String, Double>> copied = new LinkedHashMap<>();
        scores.forEach((component, byCriterion) -> copied.put(component, ordered(byCriterion)));
        scores = Collections.unmodifiableMap(copied);
        explicitValues = Set.copyOf(explicitValues);
    }

    public boolean hasCriteria() {
        return !criteria.isEmpty();
    }

    /** The component's weighted score, Σ weight × score on the scale of the scores (0 to 10); 0 without scores. */
    public double weightedScore(String componentId) {
        return weightedScore(componentId, weights);
    }

    /** The component's weighted score under other weights, by criterion id. */
    public double weightedScore(String componentId, Map<String, Double> otherWeights) {
        double sum = 0;
        for (Map.Entry<String, Double> score : scores.getOrDefault(componentId, Map.of()).entrySet()) {
            sum += otherWeights.getOrDefault(score.getKey(), 0.0) * score.getValue();
        }
        return sum;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
