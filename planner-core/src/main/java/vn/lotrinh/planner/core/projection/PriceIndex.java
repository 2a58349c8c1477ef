package vn.lotrinh.planner.core.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.lotrinh.planner.core.plan.Economics;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * Converts constant-price amounts of {@code baseYear} into nominal and present-value amounts per period. With
 * {@code e = y − baseYear}, {@code y} the fractional year of the period's start ({@code 2023-Q3 → 2023.5}):
 * nominal {@code = constant × (1 + inflation)^e}, present value {@code = nominal / (1 + discount)^e}. Each figure is
 * rounded half up to the milli-unit from the unrounded product, so a present value is not computed from a rounded
 * nominal figure.
 */
final class PriceIndex {

    private final double[] nominalFactors;
    private final double[] presentValueFactors;

    private PriceIndex(double[] nominalFactors, double[] presentValueFactors) {
        this.nominalFactors = nominalFactors;
        this.presentValueFactors = presentValueFactors;
    }

    static PriceIndex of(Plan plan) {
        Economics economics = plan.economics();
        int horizon = plan.horizon();
        double[] nominal = new double[horizon];
        double[] presentValue = new double[horizon];
        for (int t = 0; t < horizon; t++) {
            double years = plan.calendar().startYear(t) - economics.baseYear();
            nominal[t] = Math.pow(1 + economics.inflationRate(), years);
            presentValue[t] = nominal[t] / Math.pow(1 + economics.discountRate(), years);
        }
        return new PriceIndex(nominal, presentValue);
    }

    long nominalMilli(int period, long constantMilli) {
        return scale(constantMilli, nominalFactors[period]);
    }

    long presentValueMilli(int period, long constantMilli) {
        return scale(constantMilli, presentValueFactors[period]);
    }

    private static long scale(long milli, double factor) {
        return BigDecimal.valueOf(milli).multiply(new BigDecimal(factor)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
