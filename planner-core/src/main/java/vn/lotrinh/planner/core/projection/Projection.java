package vn.lotrinh.planner.core.projection;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cost projection of a roadmap: its money per period, per phase and in total, by funding source and by layer, in
 * constant, nominal and present-value terms, with the risk found by Monte Carlo. Amounts are {@link BigDecimal}s in
 * the plan's money unit, exact to the milli-unit: constant-price figures are exact sums of the plan's milli-unit
 * amounts; simulated figures are rounded to the milli-unit.
 *
 * @param moneyUnit what one unit of every amount is worth in {@code currency}
 * @param simulations the number of Monte Carlo runs, 0 when none was made
 * @param seed the generator seed of the runs
 */
public record Projection(
        String currency,
        BigDecimal moneyUnit,
        List<PeriodProjection> periods,
        List<PhaseProjection> phases,
        ProjectionTotals totals,
        int simulations,
        long seed) {

    public Projection {
        periods = List.copyOf(periods);
        phases = List.copyOf(phases);
    }
}
