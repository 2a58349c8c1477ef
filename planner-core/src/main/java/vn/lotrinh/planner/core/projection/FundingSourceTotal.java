package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;

/**
 * One funding source's budgeted spending over the whole horizon, in plan money units at constant prices.
 *
 * @param risk percentiles and mean of the simulated spending, and the contingency {@code p80 − spend}
 */
public record FundingSourceTotal(BigDecimal spend, @JsonUnwrapped RiskFigures risk) {
}
