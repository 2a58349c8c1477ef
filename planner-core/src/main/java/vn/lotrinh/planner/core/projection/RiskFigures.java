package vn.lotrinh.planner.core.projection;

import java.math.BigDecimal;

/**
 * The Monte Carlo figures of one planned amount (a total or a funding source's spending), in plan money units at
 * constant prices, rounded to the milli-unit. Written as JSON in line with the amount they belong to (see
 * {@code @JsonUnwrapped} where they are used), so {@code p10} … {@code contingency} stand beside it.
 *
 * @param p10 10th percentile of the simulated amount; {@code p50}, {@code p80}, {@code p90} likewise
 * @param mean mean of the simulated amount
 * @param contingency {@code p80 − plan}: what to hold back on top of the plan to cover four runs in five
 */
public record RiskFigures(
        BigDecimal p10,
        BigDecimal p50,
        BigDecimal p80,
        BigDecimal p90,
        BigDecimal mean,
        BigDecimal contingency) {
}
