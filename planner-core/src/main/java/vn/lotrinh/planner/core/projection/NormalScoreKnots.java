package vn.lotrinh.planner.core.projection;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The evenly spaced normal scores {@code z} on which every quantile table is tabulated, and their tail probabilities
 * {@code Φ(z)} and {@code Φ(−z)}. Both tails are kept so that upper quantiles are computed from a small probability,
 * without the cancellation of {@code 1 − Φ(z)}.
 */
final class NormalScoreKnots {

    /** Scores beyond ±8 have probability 1.2e-15 together: no run of any practical size meets one. */
    static final double Z_LIMIT = 8.0;
    static final int COUNT = 257;
    static final double STEP = 2 * Z_LIMIT / (COUNT - 1);

    private static final double[] LOWER_TAIL = new double[COUNT];
    private static final double[] UPPER_TAIL = new double[COUNT];

    static {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        for (int k = 0; k < COUNT; k++) {
            LOWER_TAIL[k] = normal.cumulativeProbability(score(k));
            UPPER_TAIL[k] = normal.cumulativeProbability(-score(k));
        }
    }

    private NormalScoreKnots() {
    }

    static double score(int knot) {
        return -Z_LIMIT + knot * STEP;
    }

    /** {@code Φ(z)} at the knot. */
    static double lowerTail(int knot) {
        return LOWER_TAIL[knot];
    }

    /** {@code Φ(−z) = 1 − Φ(z)} at the knot, exact in the upper tail. */
    static double upperTail(int knot) {
        return UPPER_TAIL[knot];
    }

    /** The cubic through {@code (0, p0) … (3, p3)} at {@code t}. */
    static double cubic(double p0, double p1, double p2, double p3, double t) {
        double t1 = t - 1;
        double t2 = t - 2;
        double t3 = t - 3;
        return (-p0 * t1 * t2 * t3 + 3 * p1 * t * t2 * t3 - 3 * p2 * t * t1 * t3 + p3 * t * t1 * t2) / 6;
    }
}
