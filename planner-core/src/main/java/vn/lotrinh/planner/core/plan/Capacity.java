package vn.lotrinh.planner.core.plan;

/**
 * A cap on Σ demand of a resource by components under implementation, for one period or (with
 * {@code period == null}) for every period. A capacity given for one period overrides the one for every period.
 */
public record Capacity(String resourceId, Integer period, long amountMilli) {
}
