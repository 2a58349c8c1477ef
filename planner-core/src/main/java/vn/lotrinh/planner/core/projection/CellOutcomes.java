package vn.lotrinh.planner.core.projection;

import java.util.Arrays;
import java.util.List;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The planned value, the cap and the simulated risk of every figure of a projection (see {@link CellLayout}). Period
 * spending is capped by period budgets, phase spending by phase budgets; where a source has several budgets for the
 * same period or phase, the smallest binds.
 */
final class CellOutcomes {

    private final CellOutcome[] outcomes;

    private CellOutcomes(CellOutcome[] outcomes) {
        this.outcomes = outcomes;
    }

    static CellOutcomes of(Plan plan, List<ScheduledComponent> scheduled, ScheduledCosts costs, CellLayout layout,
            ProjectionSettings settings, long maxStoredValues) {
        long[] planMilli = plannedFigures(plan, costs, layout);
        long[] capMilli = new long[layout.cellCount()];
        boolean[] capped = new boolean[layout.cellCount()];
        applyBudgets(plan, layout, capMilli, capped);
        double[] thresholdsMilli = new double[layout.cellCount()];
        for (int cell = 0; cell < thresholdsMilli.length; cell++) {
            thresholdsMilli[cell] =
                    capped[cell] ? (double) (capMilli[cell] - planMilli[cell]) : Double.POSITIVE_INFINITY;
        }
        DeviationSummary[] deviations = new DeviationSummary[layout.cellCount()];
        if (settings.simulations() > 0) {
            List<UncertainCapex> draws = UncertainCapex.of(plan, scheduled, layout);
            if (!draws.isEmpty()) {
                deviations = new MonteCarloSimulation(draws, plan.economics().costCorrelation(),
                        settings.simulations(), settings.seed()).summarise(thresholdsMilli, maxStoredValues);
            }
        }
        CellOutcome[] outcomes = new CellOutcome[layout.cellCount()];
        for (int cell = 0; cell < outcomes.length; cell++) {
            DeviationSummary deviation = deviations[cell] != null
                    ? deviations[cell]
                    : DeviationSummary.certain(thresholdsMilli[cell]);
            outcomes[cell] = CellOutcome.of(planMilli[cell], capped[cell], capMilli[cell], deviation);
        }
        return new CellOutcomes(outcomes);
    }

    CellOutcome get(int cell) {
        return outcomes[cell];
    }

    private static long[] plannedFigures(Plan plan, ScheduledCosts costs, CellLayout layout) {
        long[] planMilli = new long[layout.cellCount()];
        int sourceCount = plan.fundingSources().size();
        int[] phaseOfPeriod = CellLayout.phaseOfPeriod(plan);
        for (int t = 0; t < plan.horizon(); t++) {
            for (int measure = 0; measure <= sourceCount; measure++) {
                long amount = measure == CellLayout.TOTAL ? costs.totalMilli(t) : costs.spendMilli(t, measure - 1);
                planMilli[layout.periodCell(t, measure)] = amount;
                if (phaseOfPeriod[t] >= 0) {
                    planMilli[layout.phaseCell(phaseOfPeriod[t], measure)] += amount;
                }
                planMilli[layout.horizonCell(measure)] += amount;
            }
        }
        return planMilli;
    }

    private static void applyBudgets(Plan plan, CellLayout layout, long[] capMilli, boolean[] capped) {
        Arrays.fill(capMilli, Long.MAX_VALUE);
        List<String> sourceIds = plan.fundingSources().stream().map(FundingSource::id).toList();
        List<String> phaseIds = plan.phases().stream().map(Phase::id).toList();
        for (Budget budget : plan.budgets()) {
            int source = sourceIds.indexOf(budget.fundingSourceId());
            int phase = budget.isPhaseBudget() ? phaseIds.indexOf(budget.phaseId()) : 0;
            if (source < 0 || phase < 0) {
                throw new IllegalArgumentException(
                        "the budget " + budget.describe() + " names no funding source or phase of the plan");
            }
            int measure = CellLayout.sourceMeasure(source);
            int cell = budget.isPhaseBudget()
                    ? layout.phaseCell(phase, measure)
                    : layout.periodCell(budget.firstPeriod(), measure);
            capMilli[cell] = Math.min(capMilli[cell], budget.amountMilli());
            capped[cell] = true;
        }
        for (int cell = 0; cell < capMilli.length; cell++) {
            if (!capped[cell]) {
                capMilli[cell] = 0L;
            }
        }
    }
}
