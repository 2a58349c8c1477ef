package vn.lotrinh.planner.core.plan.read;

import java.util.Set;
import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * What the plan-level sections declare, as far as they could be read: what the components' references are resolved
 * against. A {@code null} set means the section itself is unreadable, so references into it are not checked (its own
 * error already says what is wrong).
 *
 * @param calendar the horizon, or {@code null} when the calendar is invalid
 */
record Declarations(PlanCalendar calendar, Set<String> fundingSourceIds, Set<String> resourceIds,
        Set<String> phaseIds) {
}
