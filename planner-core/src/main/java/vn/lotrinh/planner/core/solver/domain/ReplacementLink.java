package vn.lotrinh.planner.core.solver.domain;

/**
 * Component {@code newer} replaces component {@code older} (entity indexes), directly or along a chain: when both are
 * scheduled, the newer one starts only after the older one is live.
 */
public record ReplacementLink(int older, int newer) {
}
