package vn.lotrinh.planner.core.plan;

/**
 * One pairwise judgement on Saaty's 1–9 scale: how many times more important criterion {@code a} is than criterion
 * {@code b}; the reciprocal judgement, {@code b} over {@code a}, is {@code 1 / ratio}.
 *
 * @param ratio from 1/9 to 9
 */
public record Comparison(String a, String b, double ratio) {
}
