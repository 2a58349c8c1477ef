package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The money of a span of periods (one period, or the periods of a phase), in plan money units. {@code capex},
 * {@code opex} and {@code total} are constant prices of the base year with capex at its likely value; {@code opex}
 * counts every live component whether or not opex counts against budgets. Written as JSON in line with the period or
 * phase it belongs to (see {@code @JsonUnwrapped} where it is used).
 *
 * @param nominal of one period {@code total × (1 + inflation)^(y − baseYear)}, {@code y} the fractional year of the
 *     period's start, rounded to the milli-unit; of a longer span the sum of its rounded period figures
 * @param presentValue of one period its unrounded nominal figure divided by {@code (1 + discount)^(y − baseYear)},
 *     rounded to the milli-unit; of a longer span the sum of its rounded period figures
 * @param byFundingSource funding source id → its spending against the span's cap (a period budget for a period, a
 *     phase budget for a phase), in plan order
 * @param byLayer layer → capex plus opex of its components, components without a layer under {@code UNSPECIFIED}, in
 *     layer order
 * @param risk percentiles, mean and contingency ({@code p80 − total}) of the simulated constant-price total, whose
 *     runs sum the periods of the same run
 */
public record SpanFigures(
        BigDecimal capex,
        BigDecimal opex,
        BigDecimal total,
        BigDecimal nominal,
        BigDecimal presentValue,
        Map<String, FundingSourceFigures> byFundingSource,
        Map<String, BigDecimal> byLayer,
        @JsonUnwrapped RiskFigures risk) {

    public SpanFigures {
        byFundingSource = OrderedMaps.copyOf(byFundingSource);
        byLayer = OrderedMaps.copyOf(byLayer);
    }
}
