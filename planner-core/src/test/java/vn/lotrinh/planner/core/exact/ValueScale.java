package vn.lotrinh.planner.core.exact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * CP-SAT needs integer objective coefficients: component values are scaled by {@code 10^decimals}, the smallest power
 * of ten (at most {@code 10^6}) that makes every value integral. Values with more decimals are rounded there.
 */
record ValueScale(int decimals) {

    static final int MAX_DECIMALS = 6;

    static ValueScale fitting(Collection<Double> values) {
        int decimals = 0;
        for (double value : values) {
            int needed = BigDecimal.valueOf(value).stripTrailingZeros().scale();
            decimals = Math.max(decimals, Math.min(needed, MAX_DECIMALS));
        }
        return new ValueScale(decimals);
    }

    long scaled(double value) {
        return BigDecimal.valueOf(value).movePointRight(decimals).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    BigDecimal unscaled(long scaled) {
        BigDecimal units = BigDecimal.valueOf(scaled, decimals).stripTrailingZeros();
        return units.scale() < 0 ? units.setScale(0) : units;
    }
}
