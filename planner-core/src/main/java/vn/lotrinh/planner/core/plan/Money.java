package vn.lotrinh.planner.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in the core are {@code long} counts of thousandths of the plan's money unit ("milli-units"), so that sums
 * never drift. With the default unit of one million VND, one milli-unit is 1,000 VND.
 */
public final class Money {

    public static final long MILLI_PER_UNIT = 1000;

    private Money() {
    }

    /** Rounds an amount in plan units to the nearest milli-unit, half away from zero. */
    public static long toMilli(BigDecimal units) {
        return units.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The amount in plan units, exactly. */
    public static BigDecimal toUnits(long milli) {
        return BigDecimal.valueOf(milli, 3).stripTrailingZeros();
    }

    /** The amount in plan units as text without needless decimals: {@code 41000}, {@code 12.5}. */
    public static String format(long milli) {
        return toUnits(milli).toPlainString();
    }

    /** Splits {@code totalMilli} by {@code shares} so that the parts sum exactly to the total (largest remainder). */
    public static long[] split(long totalMilli, double[] shares) {
        long[] parts = new long[shares.length];
        double[] remainders = new double[shares.length];
        long assigned = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = totalMilli * shares[i];
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        long left = totalMilli - assigned;
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            left--;
        }
        return parts;
    }
}
