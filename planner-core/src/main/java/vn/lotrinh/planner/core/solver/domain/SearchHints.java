package vn.lotrinh.planner.core.solver.domain;

/**
 * What guides construction and moves, derived from the plan once; no rule depends on them.
 *
 * @param needed whether the roadmap must schedule the component to schedule every {@code MUST} component and keep
 *     every pin: it is {@code MUST} or pinned, or one of those depends on it, directly or not
 * @param footprint how much of the plan's scarce means the component takes: for each capped funding source its
 *     budgeted capex over that source's total caps, for each capped resource its demand over the resource's total
 *     capacity, summed; never negative
 * @param criticalTailPeriods the longest chain of durations and lags from its start to the end of its last successor
 * @param latestUsefulStart the latest start that lets every needed component depending on it (directly or not) start
 *     within its range; its last start when nothing needed depends on it. A deadline for construction, not a rule
 */
public record SearchHints(boolean needed, double footprint, int criticalTailPeriods, int latestUsefulStart) {
}
