package vn.lotrinh.planner.core.solver.domain;

import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;

/**
 * When a component can run. Periods are indexes into the plan's calendar.
 *
 * @param durationPeriods periods of implementation, ≥ 1
 * @param horizon the number of periods of the plan
 * @param firstStart the earliest start its window, pin and predecessors allow
 * @param lastStart the latest start its window, pin, the horizon and pinned successors allow; below {@code firstStart}
 *     when the component cannot be scheduled at all
 * @param windowEarliestStart the plan's {@code earliestStart}, or {@code null}
 * @param windowLatestFinish the plan's {@code latestFinish}, or {@code null}
 * @param pinnedStart the plan's {@code pinnedStart}, or {@code null}
 */
public record Timing(int durationPeriods, int horizon, int firstStart, int lastStart, Integer windowEarliestStart,
        Integer windowLatestFinish, Integer pinnedStart) {

    public boolean isPinned() {
        return pinnedStart != null;
    }

    /** Whether some start lies between {@link #firstStart} and {@link #lastStart}. */
    public boolean hasAnyStart() {
        return firstStart <= lastStart;
    }

    /** The starts the solver may choose: the pin, or {@code firstStart … lastStart} (empty when there is none). */
    public CountableValueRange<Integer> startRange() {
        if (isPinned()) {
            return ValueRangeFactory.createIntValueRange(pinnedStart, pinnedStart + 1);
        }
        return ValueRangeFactory.createIntValueRange(firstStart, Math.max(firstStart, lastStart + 1));
    }
}
