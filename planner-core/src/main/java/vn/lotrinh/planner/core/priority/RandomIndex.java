package vn.lotrinh.planner.core.priority;

/**
 * Saaty's random index: the mean consistency index of random reciprocal matrices of each size, as tabled in Saaty,
 * <i>The Analytic Hierarchy Process</i> (McGraw-Hill, 1980), for 1 to 10 criteria. A consistency ratio is a matrix's
 * consistency index over the random index of its size.
 */
public final class RandomIndex {

    /** The largest matrix the table covers, and so the most criteria a plan may have. */
    public static final int MAX_SIZE = 10;

    private static final double[] BY_SIZE = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    private RandomIndex() {
    }

    /** The random index of {@code n} criteria, 1 ≤ n ≤ {@link #MAX_SIZE}; 0 for one or two, always consistent. */
    public static double of(int n) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("Saaty's random index is tabled for 1 to 10 criteria, not " + n);
        }
        return BY_SIZE[n - 1];
    }
}
