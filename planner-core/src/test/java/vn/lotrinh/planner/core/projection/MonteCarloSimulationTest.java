package vn.lotrinh.planner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The draws against closed forms. Each test uses enough runs that its tolerance is at least four standard errors of
 * the estimate; the seeds are fixed so that a run is repeatable, not chosen.
 */
class MonteCarloSimulationTest {

    private static final int RUNS = 400_000;

    /** The simulated total capex of the whole horizon in plan units, one value per run. */
    private static double[] simulatedTotals(Plan plan, int runs, long seed) {
        List<ScheduledComponent> scheduled = ScheduledComponent.of(plan, TestPlans.allAtStart(plan));
        CellLayout layout = CellLayout.of(plan);
        List<UncertainCapex> draws = UncertainCapex.of(plan, scheduled, layout);
        double likelyMilli = plan.components().stream().mapToLong(c -> c.capex().likelyMilli()).sum();
        double[] deviations = new MonteCarloSimulation(draws, plan.economics().costCorrelation(), runs, seed)
                .deviations(new int[] {layout.horizonCell(CellLayout.TOTAL)})[0];
        double[] totals = new double[runs];
        for (int r = 0; r < runs; r++) {
            totals[r] = (likelyMilli + deviations[r]) / 1000;
        }
        return totals;
    }

    private static double pertVariance(double low, double likely, double high) {
        double alpha = 1 + 4 * (likely - low) / (high - low);
        double beta = 1 + 4 * (high - likely) / (high - low);
        return alpha * beta * (high - low) * (high - low) / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1));
    }

    private static double triangularVariance(double a, double c, double b) {
        return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }

    @Test
    void pertDrawsHaveTheClosedFormMean() {
        Plan plan = TestPlans.yearly(1, "\"estimateDistribution\": \"PERT\"", "", TestPlans.ranges("80, 100, 150"));

        double mean = new Mean().evaluate(simulatedTotals(plan, RUNS, 11L));

        assertThat(mean).isCloseTo((80 + 4 * 100 + 150) / 6.0, withinPercentage(1));
    }

    @Test
    void pertDrawsHaveTheClosedFormVariance() {
        Plan plan = TestPlans.yearly(1, "\"estimateDistribution\": \"PERT\"", "", TestPlans.ranges("80, 100, 150"));

        double variance = new Variance().evaluate(simulatedTotals(plan, RUNS, 12L));

        assertThat(variance).isCloseTo(pertVariance(80, 100, 150), withinPercentage(1));
    }

    @Test
    void skewedPertDrawsHaveTheClosedFormVariance() {
        Plan plan = TestPlans.yearly(1, "", "", TestPlans.ranges("1000, 1000, 4000"));

        double variance = new Variance().evaluate(simulatedTotals(plan, RUNS, 13L));

        assertThat(variance).isCloseTo(pertVariance(1000, 1000, 4000), withinPercentage(1));
    }

    @Test
    void triangularDrawsHaveTheClosedFormMean() {
        Plan plan = TestPlans.yearly(1, "\"estimateDistribution\": \"TRIANGULAR\"", "",
                TestPlans.ranges("80, 100, 150"));

        double mean = new Mean().evaluate(simulatedTotals(plan, RUNS, 14L));

        assertThat(mean).isCloseTo((80 + 100 + 150) / 3.0, withinPercentage(1));
    }

    @Test
    void triangularDrawsHaveTheClosedFormVariance() {
        Plan plan = TestPlans.yearly(1, "\"estimateDistribution\": \"TRIANGULAR\"", "",
                TestPlans.ranges("80, 100, 150"));

        double variance = new Variance().evaluate(simulatedTotals(plan, RUNS, 15L));

        assertThat(variance).isCloseTo(triangularVariance(80, 100, 150), withinPercentage(1));
    }

    @Test
    void uncorrelatedDrawsAddTheirVariances() {
        Plan plan = TestPlans.yearly(1, "\"costCorrelation\": 0", "",
                TestPlans.ranges("80, 100, 150", "500, 900, 1000", "10, 10, 40"));

        double variance = new Variance().evaluate(simulatedTotals(plan, RUNS, 16L));

        assertThat(variance).isCloseTo(
                pertVariance(80, 100, 150) + pertVariance(500, 900, 1000) + pertVariance(10, 10, 40),
                withinPercentage(1));
    }

    /** Comonotone draws of one shape are affine in each other, so their standard deviations add. */
    @Test
    void fullyCorrelatedDrawsAddTheirStandardDeviations() {
        Plan plan = TestPlans.yearly(1, "\"costCorrelation\": 1", "",
                TestPlans.ranges("80, 100, 150", "160, 200, 300", "40, 50, 75"));

        double variance = new Variance().evaluate(simulatedTotals(plan, RUNS, 17L));

        double sigma = Math.sqrt(pertVariance(80, 100, 150));
        assertThat(variance).isCloseTo(Math.pow(sigma + 2 * sigma + 0.5 * sigma, 2), withinPercentage(1));
    }

    @Test
    void partlyCorrelatedDrawsVaryBetweenTheIndependentAndComonotoneCases() {
        String[] components = TestPlans.ranges("80, 100, 150", "80, 100, 150");
        double independent = 2 * pertVariance(80, 100, 150);

        double variance = new Variance().evaluate(
                simulatedTotals(TestPlans.yearly(1, "\"costCorrelation\": 0.5", "", components), RUNS, 18L));

        assertThat(variance).isBetween(1.4 * independent, 1.6 * independent);
    }

    @Test
    void drawsStayWithinTheirRange() {
        Plan plan = TestPlans.yearly(1, "", "", TestPlans.ranges("80, 100, 150"));

        double[] totals = simulatedTotals(plan, 50_000, 19L);

        assertThat(Arrays.stream(totals).min().orElseThrow()).isGreaterThanOrEqualTo(80.0);
        assertThat(Arrays.stream(totals).max().orElseThrow()).isLessThanOrEqualTo(150.0);
    }

    @Test
    void addingRunsKeepsTheEarlierRuns() {
        Plan plan = TestPlans.yearly(1, "\"costCorrelation\": 0.3", "", TestPlans.ranges("80, 100, 150", "1, 2, 9"));

        double[] all = simulatedTotals(plan, 5_000, 20L);
        double[] fewer = simulatedTotals(plan, 3_000, 20L);

        assertThat(fewer).containsExactly(Arrays.copyOf(all, 3_000));
    }

    @Test
    void refusesCorrelationOutsideTheUnitInterval() {
        assertThatThrownBy(() -> new MonteCarloSimulation(List.of(), 1.5, 10, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 1]");
    }

    @Test
    void fullyCorrelatedDrawsOfOneShapeMoveTogether() {
        Plan plan = TestPlans.yearly(1, "\"costCorrelation\": 1", "", TestPlans.ranges("80, 100, 150"));
        Plan doubled = TestPlans.yearly(1, "\"costCorrelation\": 1", "",
                TestPlans.ranges("80, 100, 150", "80, 100, 150"));

        double[] single = simulatedTotals(plan, 1_000, 21L);
        double[] pair = simulatedTotals(doubled, 1_000, 21L);

        for (int r = 0; r < single.length; r++) {
            assertThat(pair[r]).isCloseTo(2 * single[r], within(1e-9));
        }
    }
}
