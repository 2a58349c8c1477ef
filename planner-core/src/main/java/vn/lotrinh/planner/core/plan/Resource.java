package vn.lotrinh.planner.core.plan;

/** A non-money capacity such as implementation staff. */
public record Resource(String id, String name, String unit) {
}
