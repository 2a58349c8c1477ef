package vn.lotrinh.planner.core.plan;

/**
 * A component's total investment in milli-units: a three-point estimate, or a single figure where
 * {@code low == likely == high}.
 */
public record CapexEstimate(long lowMilli, long likelyMilli, long highMilli) {

    public static CapexEstimate exactly(long milli) {
        return new CapexEstimate(milli, milli, milli);
    }

    public boolean isUncertain() {
        return lowMilli != highMilli;
    }
}
