package vn.lotrinh.planner.core.plan;

/** A budget line that pays for components, e.g. {@code NS_TINH} Ngân sách tỉnh. */
public record FundingSource(String id, String name) {
}
