package vn.lotrinh.planner.core.plan;

/** How a three-point capex estimate is drawn in simulations. */
public enum EstimateDistribution {
    PERT,
    TRIANGULAR
}
