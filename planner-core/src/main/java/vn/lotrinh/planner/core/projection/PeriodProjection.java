package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The money of one period, in plan money units. {@code capex}, {@code opex} and {@code total} are constant prices of
 * the base year with capex at its likely value; {@code opex} counts every live component whether or not opex counts
 * against budgets.
 *
 * @param period the period's label, e.g. {@code 2023-Q3}
 * @param phase the id of the period's phase, or {@code null}
 * @param nominal {@code total × (1 + inflation)^(y − baseYear)}, {@code y} the fractional year of the period's start,
 *     rounded to the milli-unit
 * @param presentValue the unrounded nominal figure divided by {@code (1 + discount)^(y − baseYear)}, rounded to the
 *     milli-unit
 * @param byFundingSource funding source id → its spending against the period's cap, in plan order
 * @param byLayer layer → capex plus opex of its components; components without a layer under {@code UNSPECIFIED}
 * @param risk percentiles, mean and contingency ({@code p80 − total}) of the simulated constant-price total
 * @param cumulativeTotal Σ {@code total} from the first period to this one; {@code cumulativeNominal} and
 *     {@code cumulativePresentValue} likewise, as sums of the rounded period figures
 */
public record PeriodProjection(
        String period,
        String phase,
        BigDecimal capex,
        BigDecimal opex,
        BigDecimal total,
        BigDecimal nominal,
        BigDecimal presentValue,
        Map<String, FundingSourceFigures> byFundingSource,
        Map<String, BigDecimal> byLayer,
        @JsonUnwrapped RiskFigures risk,
        BigDecimal cumulativeTotal,
        BigDecimal cumulativeNominal,
        BigDecimal cumulativePresentValue) {

    public PeriodProjection {
        byFundingSource = OrderedMaps.copyOf(byFundingSource);
        byLayer = OrderedMaps.copyOf(byLayer);
    }
}
