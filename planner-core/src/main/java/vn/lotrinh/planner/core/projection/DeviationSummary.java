package vn.lotrinh.planner.core.projection;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * How the simulated runs of one figure deviate from its planned value, in milli-units. Percentiles are Commons Math's
 * R-7 estimate (linear interpolation between order statistics, the default of R and NumPy) over all runs.
 *
 * @param exceedance the share of runs whose deviation exceeds the threshold: for a capped figure, the share of runs
 *     in which spending exceeds the cap
 */
record DeviationSummary(double p10, double p50, double p80, double p90, double mean, double exceedance) {

    /** A figure that does not vary: it exceeds the threshold in every run or in none. */
    static DeviationSummary certain(double thresholdMilli) {
        return new DeviationSummary(0, 0, 0, 0, 0, 0 > thresholdMilli ? 1.0 : 0.0);
    }

    /** Summarises the runs, one deviation per run; {@code runs} is left as it is. */
    static DeviationSummary of(double[] runs, double thresholdMilli) {
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(runs);
        long exceeding = 0;
        for (double run : runs) {
            if (run > thresholdMilli) {
                exceeding++;
            }
        }
        return new DeviationSummary(
                percentile.evaluate(10),
                percentile.evaluate(50),
                percentile.evaluate(80),
                percentile.evaluate(90),
                new Mean().evaluate(runs),
                (double) exceeding / runs.length);
    }
}
