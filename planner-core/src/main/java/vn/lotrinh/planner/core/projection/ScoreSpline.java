package vn.lotrinh.planner.core.projection;

/**
 * A function of the normal score tabulated on {@link NormalScoreKnots}, read by cubic Lagrange interpolation through
 * the four knots around {@code z}. Each interval's cubic is expanded to {@code c0 + c1·t + c2·t² + c3·t³} once, so a
 * reading costs four loads and three multiply-adds: it runs once per component per Monte Carlo run. Scores beyond
 * ±{@link NormalScoreKnots#Z_LIMIT} read the end values.
 */
final class ScoreSpline {

    private static final int INTERVALS = NormalScoreKnots.COUNT - 1;

    private final double[] coefficients = new double[4 * INTERVALS];

    /** @param values the function at each knot */
    ScoreSpline(double[] values) {
        for (int i = 0; i < INTERVALS; i++) {
            int first = Math.min(Math.max(i - 1, 0), NormalScoreKnots.COUNT - 4);
            double shift = i - first;
            double[] at = new double[4];
            for (int j = 0; j < 4; j++) {
                at[j] = NormalScoreKnots.cubic(values[first], values[first + 1], values[first + 2], values[first + 3],
                        shift + j - 1);
            }
            // The cubic through (−1, at[0]), (0, at[1]), (1, at[2]), (2, at[3]) in monomial form.
            coefficients[4 * i] = at[1];
            coefficients[4 * i + 1] = -at[0] / 3 - at[1] / 2 + at[2] - at[3] / 6;
            coefficients[4 * i + 2] = at[0] / 2 - at[1] + at[2] / 2;
            coefficients[4 * i + 3] = -at[0] / 6 + at[1] / 2 - at[2] / 2 + at[3] / 6;
        }
    }

    double at(double z) {
        double x = Math.min(Math.max((z + NormalScoreKnots.Z_LIMIT) / NormalScoreKnots.STEP, 0.0), INTERVALS);
        int i = Math.min((int) x, INTERVALS - 1);
        double t = x - i;
        int c = 4 * i;
        return coefficients[c] + t * (coefficients[c + 1] + t * (coefficients[c + 2] + t * coefficients[c + 3]));
    }
}
