package vn.lotrinh.planner.core.plan;

import java.math.BigDecimal;

/**
 * One pairwise judgement on Saaty's 1–9 scale: how many times more important criterion {@code a} is than criterion
 * {@code b}; the reciprocal judgement, {@code b} over {@code a}, is {@code 1 / ratio}.
 *
 * @param ratio from 1/9 to 9
 */
public record Comparison(String a, String b, double ratio) {

    /** The smallest ratio a plan may give: 1/9 written with three decimals, as a planner types it. */
    public static final BigDecimal MIN_RATIO = new BigDecimal("0.111");
    /** The largest ratio a plan may give. */
    public static final BigDecimal MAX_RATIO = BigDecimal.valueOf(9);
}
