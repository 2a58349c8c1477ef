package vn.lotrinh.planner.core.projection;

import java.math.BigDecimal;

/**
 * One funding source's budgeted spending over the whole horizon, in plan money units at constant prices, with the
 * percentiles and mean of its simulated spending and the contingency {@code p80 − spend}.
 */
public record FundingSourceTotal(
        BigDecimal spend,
        BigDecimal p10,
        BigDecimal p50,
        BigDecimal p80,
        BigDecimal p90,
        BigDecimal mean,
        BigDecimal contingency) {
}
