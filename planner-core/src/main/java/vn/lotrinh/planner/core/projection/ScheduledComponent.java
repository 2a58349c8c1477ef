package vn.lotrinh.planner.core.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;

/** A component of the plan with its start period index; it is under implementation in {@code start … start+d−1}. */
record ScheduledComponent(Component component, int start) {

    /**
     * The scheduled components of a roadmap, in plan order.
     *
     * @param starts component id → start period index; an absent or {@code null} start means deferred
     * @throws IllegalArgumentException when a start names no component of the plan or runs outside the horizon
     */
    static List<ScheduledComponent> of(Plan plan, Map<String, Integer> starts) {
        Set<String> ids = plan.components().stream().map(Component::id).collect(Collectors.toSet());
        for (String id : starts.keySet()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("the schedule names " + id + ", which is not a component of the plan");
            }
        }
        List<ScheduledComponent> scheduled = new ArrayList<>();
        for (Component component : plan.components()) {
            Integer start = starts.get(component.id());
            if (start == null) {
                continue;
            }
            if (start < 0 || start + component.durationPeriods() > plan.horizon()) {
                throw new IllegalArgumentException(component.id() + " starting in period " + start + " for "
                        + component.durationPeriods() + " periods does not fit the horizon of " + plan.horizon());
            }
            scheduled.add(new ScheduledComponent(component, start));
        }
        return scheduled;
    }

    /** The period the component goes live: {@code start + duration}. */
    int liveFrom() {
        return start + component.durationPeriods();
    }
}
