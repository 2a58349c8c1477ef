package vn.lotrinh.planner.core.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Comparison;
import vn.lotrinh.planner.core.plan.Criterion;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Priorities;

/**
 * Everything a plan's priorities are to be defended by: the weights with their consistency, each comparison's part in
 * the inconsistency, the components ranked with each criterion's contribution, and how far each weight can move.
 *
 * @param weights criterion id → weight, in criteria order, summing to 1
 * @param randomIndex Saaty's random index for the number of criteria ({@link RandomIndex})
 * @param comparisons the plan's comparisons in plan order
 * @param components every component, the first ranked first
 * @param sensitivity every criterion's range, in criteria order, for the top {@link WeightSensitivity#TOP}
 */
public record PriorityReport(
        List<Criterion> criteria,
        Map<String, Double> weights,
        double lambdaMax,
        double consistencyIndex,
        double consistencyRatio,
        double randomIndex,
        List<JudgedComparison> comparisons,
        List<PriorityRanking.Ranked> components,
        List<WeightSensitivity.Range> sensitivity) {

    public PriorityReport {
        criteria = List.copyOf(criteria);
        comparisons = List.copyOf(comparisons);
        components = List.copyOf(components);
        sensitivity = List.copyOf(sensitivity);
    }

    /**
     * One comparison of the plan with its part in the matrix's inconsistency.
     *
     * @param ratio how many times more important {@code a} is than {@code b}, as the plan judges it
     * @param impliedRatio what the other comparisons say of {@code a} over {@code b} through every third criterion,
     *     averaged geometrically ({@link Inconsistency}); the plan's own ratio with two criteria
     * @param inconsistencyShare its part of {@code λmax − n}, from 0 to 1; 0 for a consistent matrix
     */
    public record JudgedComparison(String a, String b, double ratio, double impliedRatio, double inconsistencyShare) {
    }

    /** The report of a plan with criteria ({@link Priorities#hasCriteria()}). */
    public static PriorityReport of(Plan plan) {
        Priorities priorities = plan.priorities();
        if (!priorities.hasCriteria()) {
            throw new IllegalArgumentException("the plan " + plan.name() + " has no criteria");
        }
        List<String> ids = priorities.criteria().stream().map(Criterion::id).toList();
        PairwiseMatrix matrix = PairwiseMatrix.of(ids, priorities.comparisons());
        AhpWeights weights = new AhpWeights(List.copyOf(priorities.weights().values()), priorities.lambdaMax(),
                priorities.consistencyIndex(), priorities.consistencyRatio());
        List<Inconsistency.Pair> pairs = Inconsistency.pairs(matrix, weights);
        List<JudgedComparison> judged = new ArrayList<>();
        for (Comparison comparison : priorities.comparisons()) {
            int a = ids.indexOf(comparison.a());
            int b = ids.indexOf(comparison.b());
            Inconsistency.Pair pair = pairs.stream()
                    .filter(p -> p.row() == Math.min(a, b) && p.column() == Math.max(a, b)).findFirst().orElseThrow();
            double implied = a < b ? pair.consistentRatio() : 1 / pair.consistentRatio();
            judged.add(new JudgedComparison(comparison.a(), comparison.b(), comparison.ratio(), implied,
                    pair.share()));
        }
        return new PriorityReport(priorities.criteria(), priorities.weights(), priorities.lambdaMax(),
                priorities.consistencyIndex(), priorities.consistencyRatio(), RandomIndex.of(ids.size()), judged,
                PriorityRanking.of(plan), WeightSensitivity.of(plan));
    }
}
