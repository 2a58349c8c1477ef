package vn.lotrinh.planner.core.projection;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Quantiles of every PERT shape, tabulated once per JVM. A PERT estimate scaled to {@code [0, 1]} is
 * Beta(α, β) with {@code α = 1 + 4m}, {@code β = 1 + 4(1 − m)}, where {@code m} is the mode's relative position: a
 * one-parameter family. The grid holds the quantile function at every normal-score knot for 65 evenly spaced modes
 * (Commons Math's Beta inverse CDF, about 0.3 s in all); the row of any other mode is interpolated by a cubic through
 * the four nearest rows, about 1e-7 from the exact quantile (see {@code StandardQuantileTableTest}).
 */
final class PertQuantileGrid {

    private static final int MODE_STEPS = 64;
    private static final double INVERSE_CDF_ACCURACY = 1e-12;

    private PertQuantileGrid() {
    }

    /** The standardised quantiles of the PERT shape with mode {@code mode ∈ [0, 1]}, one per normal-score knot. */
    static double[] row(double mode) {
        double x = mode * MODE_STEPS;
        int first = Math.min(Math.max((int) x - 1, 0), MODE_STEPS - 3);
        double[][] rows = Holder.ROWS;
        double[] row = new double[NormalScoreKnots.COUNT];
        for (int k = 0; k < row.length; k++) {
            row[k] = NormalScoreKnots.cubic(rows[first][k], rows[first + 1][k], rows[first + 2][k], rows[first + 3][k],
                    x - first);
        }
        return row;
    }

    /** Built on first use, thread-safely, by the class-holder idiom. */
    private static final class Holder {

        static final double[][] ROWS = build();

        private static double[][] build() {
            double[][] rows = new double[MODE_STEPS + 1][];
            for (int j = 0; j <= MODE_STEPS; j++) {
                rows[j] = exactRow((double) j / MODE_STEPS);
            }
            return rows;
        }
    }

    /** The quantiles of one PERT shape at every knot; the upper half by symmetry from Beta(β, α) for accuracy. */
    private static double[] exactRow(double mode) {
        double alpha = 1 + 4 * mode;
        double beta = 1 + 4 * (1 - mode);
        BetaDistribution lower = new BetaDistribution(null, alpha, beta, INVERSE_CDF_ACCURACY);
        BetaDistribution mirrored = new BetaDistribution(null, beta, alpha, INVERSE_CDF_ACCURACY);
        double[] row = new double[NormalScoreKnots.COUNT];
        for (int k = 0; k < row.length; k++) {
            row[k] = NormalScoreKnots.score(k) <= 0
                    ? lower.inverseCumulativeProbability(NormalScoreKnots.lowerTail(k))
                    : 1 - mirrored.inverseCumulativeProbability(NormalScoreKnots.upperTail(k));
        }
        return row;
    }
}
