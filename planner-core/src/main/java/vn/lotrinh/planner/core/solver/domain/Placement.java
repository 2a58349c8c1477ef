package vn.lotrinh.planner.core.solver.domain;

/** How a scheduled component runs: the period it starts in and the funding option it is paid from. */
public record Placement(int start, int fundingOption) {
}
