package vn.lotrinh.planner.core.plan;

/**
 * Money semantics of a plan.
 *
 * @param baseYear the year whose constant prices every amount is in
 * @param inflationRate yearly inflation used for nominal figures, e.g. {@code 0.04}
 * @param discountRate yearly discount rate used for present values
 * @param opexInBudget whether running costs count against budgets
 * @param estimateDistribution how three-point capex estimates are drawn
 * @param costCorrelation pairwise correlation of overruns between components, 0–1
 */
public record Economics(
        int baseYear,
        double inflationRate,
        double discountRate,
        boolean opexInBudget,
        EstimateDistribution estimateDistribution,
        double costCorrelation) {
}
