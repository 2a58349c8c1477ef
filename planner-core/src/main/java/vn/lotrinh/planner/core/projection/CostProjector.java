package vn.lotrinh.planner.core.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/**
 * Projects the money of a roadmap: per period, per phase and in total; by funding source (spending, cap, headroom)
 * and by layer; in constant prices, nominal prices and present value; and its risk, from Monte Carlo runs over the
 * three-point capex estimates (see {@link MonteCarloSimulation}). Stateless and thread-safe.
 *
 * <p>Constant-price figures are exact sums of the plan's milli-unit amounts. Nominal and present values are rounded
 * half up to the milli-unit per period (see {@link PriceIndex}); phase and horizon figures sum the rounded period
 * figures, so every column adds up exactly. Simulated figures (percentiles, means) are rounded to the milli-unit.
 */
public final class CostProjector {

    private final long maxStoredValues;

    public CostProjector() {
        this(MonteCarloSimulation.DEFAULT_MAX_STORED_VALUES);
    }

    /** @param maxStoredValues how many simulated values to keep at once before figures are taken in groups */
    CostProjector(long maxStoredValues) {
        this.maxStoredValues = maxStoredValues;
    }

    /** The projection of a roadmap of the plan: its scheduled components at their start periods. */
    public Projection project(Plan plan, Roadmap roadmap, ProjectionSettings settings) {
        return project(plan.withFunding(roadmap.fundingChoices()), roadmap.starts(), settings);
    }

    /**
     * The projection of a schedule of the plan.
     *
     * @param starts component id → start period index; an absent or {@code null} start means deferred
     * @throws IllegalArgumentException when a start names no component or does not fit the horizon
     */
    public Projection project(Plan plan, Map<String, Integer> starts, ProjectionSettings settings) {
        List<ScheduledComponent> scheduled = ScheduledComponent.of(plan, starts);
        ScheduledCosts costs = ScheduledCosts.of(plan, scheduled);
        CellLayout layout = CellLayout.of(plan);
        CellOutcomes outcomes = CellOutcomes.of(plan, scheduled, costs, layout, settings, maxStoredValues);
        return Assembly.of(plan, costs, layout, outcomes).projection(settings);
    }

    /**
     * Turns the milli-unit figures of one projection into its records.
     *
     * @param nominalMilli the nominal total of each period, in milli-units; {@code presentValueMilli} its present value
     */
    private record Assembly(Plan plan, ScheduledCosts costs, CellLayout layout, CellOutcomes outcomes,
            long[] nominalMilli, long[] presentValueMilli) {

        static Assembly of(Plan plan, ScheduledCosts costs, CellLayout layout, CellOutcomes outcomes) {
            PriceIndex prices = PriceIndex.of(plan);
            long[] nominal = new long[plan.horizon()];
            long[] presentValue = new long[plan.horizon()];
            for (int t = 0; t < plan.horizon(); t++) {
                nominal[t] = prices.nominalMilli(t, costs.totalMilli(t));
                presentValue[t] = prices.presentValueMilli(t, costs.totalMilli(t));
            }
            return new Assembly(plan, costs, layout, outcomes, nominal, presentValue);
        }

        Projection projection(ProjectionSettings settings) {
            List<PeriodProjection> periods = new ArrayList<>();
            long cumulativeTotal = 0;
            long cumulativeNominal = 0;
            long cumulativePresentValue = 0;
            for (int t = 0; t < plan.horizon(); t++) {
                cumulativeTotal += costs.totalMilli(t);
                cumulativeNominal += nominalMilli[t];
                cumulativePresentValue += presentValueMilli[t];
                int period = t;
                periods.add(new PeriodProjection(
                        plan.calendar().label(t),
                        plan.phaseOf(t).map(Phase::id).orElse(null),
                        spanFigures(t, t, measure -> layout.periodCell(period, measure)),
                        units(cumulativeTotal),
                        units(cumulativeNominal),
                        units(cumulativePresentValue)));
            }
            List<PhaseProjection> phases = new ArrayList<>();
            for (int p = 0; p < plan.phases().size(); p++) {
                phases.add(phase(p));
            }
            return new Projection(plan.currency(), plan.moneyUnit(), periods, phases, totals(),
                    settings.simulations(), settings.seed());
        }

        private PhaseProjection phase(int index) {
            Phase phase = plan.phases().get(index);
            int first = Math.max(phase.firstPeriod(), 0);
            int last = Math.min(phase.lastPeriod(), plan.horizon() - 1);
            return new PhaseProjection(
                    phase.id(),
                    phase.name(),
                    plan.calendar().label(phase.firstPeriod()),
                    plan.calendar().label(phase.lastPeriod()),
                    spanFigures(first, last, measure -> layout.phaseCell(index, measure)));
        }

        /**
         * The figures of the periods {@code first … last}, whose total and funding sources' spending are the cells
         * that {@code cellOfMeasure} numbers.
         */
        private SpanFigures spanFigures(int first, int last, IntUnaryOperator cellOfMeasure) {
            CellOutcome total = outcomes.get(cellOfMeasure.applyAsInt(CellLayout.TOTAL));
            return new SpanFigures(
                    units(sum(first, last, costs::capexMilli)),
                    units(sum(first, last, costs::opexMilli)),
                    units(total.planMilli()),
                    units(sum(first, last, t -> nominalMilli[t])),
                    units(sum(first, last, t -> presentValueMilli[t])),
                    sourceFigures(cellOfMeasure),
                    layerFigures(first, last),
                    risk(total));
        }

        /** The figures of the whole horizon, where no budget caps a funding source. */
        private ProjectionTotals totals() {
            SpanFigures horizon = spanFigures(0, plan.horizon() - 1, layout::horizonCell);
            Map<String, FundingSourceTotal> bySource = new LinkedHashMap<>();
            horizon.byFundingSource().forEach((source, figures) ->
                    bySource.put(source, new FundingSourceTotal(figures.spend(), figures.risk())));
            return new ProjectionTotals(horizon.capex(), horizon.opex(), horizon.total(), horizon.nominal(),
                    horizon.presentValue(), horizon.risk(), bySource, horizon.byLayer());
        }

        /** The percentiles, mean and contingency of a figure, in plan units. */
        private static RiskFigures risk(CellOutcome outcome) {
            return new RiskFigures(units(outcome.p10Milli()), units(outcome.p50Milli()), units(outcome.p80Milli()),
                    units(outcome.p90Milli()), units(outcome.meanMilli()), units(outcome.contingencyMilli()));
        }

        private Map<String, FundingSourceFigures> sourceFigures(IntUnaryOperator cellOfMeasure) {
            Map<String, FundingSourceFigures> bySource = new LinkedHashMap<>();
            for (int f = 0; f < plan.fundingSources().size(); f++) {
                CellOutcome spend = outcomes.get(cellOfMeasure.applyAsInt(CellLayout.sourceMeasure(f)));
                bySource.put(plan.fundingSources().get(f).id(), new FundingSourceFigures(
                        units(spend.planMilli()),
                        units(spend.capped() ? spend.capMilli() : 0L),
                        units(spend.headroomMilli()),
                        spend.capped(),
                        risk(spend),
                        spend.probOverBudget()));
            }
            return bySource;
        }

        /** Capex plus opex by layer over the periods {@code first … last}. */
        private Map<String, BigDecimal> layerFigures(int first, int last) {
            Map<String, BigDecimal> byLayer = new LinkedHashMap<>();
            for (int l = 0; l < costs.layers().size(); l++) {
                int layer = l;
                byLayer.put(costs.layers().get(l), units(sum(first, last, t -> costs.layerMilli(t, layer))));
            }
            return byLayer;
        }

        private static long sum(int first, int last, IntToLongFunction amountMilli) {
            long sum = 0;
            for (int t = first; t <= last; t++) {
                sum += amountMilli.applyAsLong(t);
            }
            return sum;
        }

        /** Milli-units as plan units without needless decimals and without an exponent: 12000, 33.334. */
        private static BigDecimal units(long milli) {
            BigDecimal units = BigDecimal.valueOf(milli, 3).stripTrailingZeros();
            return units.scale() < 0 ? units.setScale(0) : units;
        }
    }
}
