package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;

/**
 * The money of one period, in plan money units.
 *
 * @param period the period's label, e.g. {@code 2023-Q3}
 * @param phase the id of the period's phase, or {@code null}
 * @param figures the period's constant, nominal and present-value money, its spending against the period's caps, its
 *     money by layer and its risk
 * @param cumulativeTotal Σ {@code total} from the first period to this one; {@code cumulativeNominal} and
 *     {@code cumulativePresentValue} likewise, as sums of the rounded period figures
 */
public record PeriodProjection(
        String period,
        String phase,
        @JsonUnwrapped SpanFigures figures,
        BigDecimal cumulativeTotal,
        BigDecimal cumulativeNominal,
        BigDecimal cumulativePresentValue) {
}
