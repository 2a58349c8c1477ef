package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The money of one phase: the sums of its periods' figures, in plan money units ({@code nominal} and
 * {@code presentValue} as sums of the rounded period figures). Each funding source's spending is set against the
 * phase's cap.
 *
 * @param phase the phase id
 * @param firstPeriod label of the phase's first period; {@code lastPeriod} of its last
 * @param risk percentiles, mean and contingency ({@code p80 − total}) of the simulated phase total, whose runs sum
 *     the periods of the same run
 */
public record PhaseProjection(
        String phase,
        String name,
        String firstPeriod,
        String lastPeriod,
        BigDecimal capex,
        BigDecimal opex,
        BigDecimal total,
        BigDecimal nominal,
        BigDecimal presentValue,
        Map<String, FundingSourceFigures> byFundingSource,
        Map<String, BigDecimal> byLayer,
        @JsonUnwrapped RiskFigures risk) {

    public PhaseProjection {
        byFundingSource = OrderedMaps.copyOf(byFundingSource);
        byLayer = OrderedMaps.copyOf(byLayer);
    }
}
