package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The money of the whole horizon: the sums of the period figures, in plan money units ({@code nominal} and
 * {@code presentValue} as sums of the rounded period figures).
 *
 * @param risk percentiles, mean and contingency ({@code p80 − total}) of the simulated horizon total
 */
public record ProjectionTotals(
        BigDecimal capex,
        BigDecimal opex,
        BigDecimal total,
        BigDecimal nominal,
        BigDecimal presentValue,
        @JsonUnwrapped RiskFigures risk,
        Map<String, FundingSourceTotal> byFundingSource,
        Map<String, BigDecimal> byLayer) {

    public ProjectionTotals {
        byFundingSource = OrderedMaps.copyOf(byFundingSource);
        byLayer = OrderedMaps.copyOf(byLayer);
    }
}
