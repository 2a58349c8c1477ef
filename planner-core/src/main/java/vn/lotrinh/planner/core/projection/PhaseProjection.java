package vn.lotrinh.planner.core.projection;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The money of one phase: the sums of its periods' figures, in plan money units ({@code nominal} and
 * {@code presentValue} as sums of the rounded period figures). Each funding source's spending is set against the
 * phase's cap; percentiles are of the simulated phase total, whose runs sum the periods of the same run.
 *
 * @param phase the phase id
 * @param firstPeriod label of the phase's first period; {@code lastPeriod} of its last
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
        BigDecimal p10,
        BigDecimal p50,
        BigDecimal p80,
        BigDecimal p90,
        BigDecimal mean,
        BigDecimal contingency) {

    public PhaseProjection {
        byFundingSource = OrderedMaps.copyOf(byFundingSource);
        byLayer = OrderedMaps.copyOf(byLayer);
    }
}
