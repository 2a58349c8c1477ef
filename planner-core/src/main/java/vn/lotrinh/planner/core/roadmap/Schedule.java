package vn.lotrinh.planner.core.roadmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * A plan with a start period for some of its components, read straight from the spec's time and cost semantics: a
 * component with start {@code s} and duration {@code d} is under implementation in {@code s … s+d-1} and live from
 * {@code s+d}. Components without a start are deferred.
 */
final class Schedule {

    private final Plan plan;
    private final Map<String, Component> componentsById;
    private final Map<String, Integer> startById;

    /**
     * @param starts component id → start period index; a {@code null} or absent start means deferred
     * @throws IllegalArgumentException when a start names a component that is not in the plan
     */
    Schedule(Plan plan, Map<String, Integer> starts) {
        this.plan = plan;
        this.componentsById = plan.componentsById();
        Set<String> unknown = starts.keySet().stream()
                .filter(id -> !componentsById.containsKey(id))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("starts name components that are not in the plan: " + unknown);
        }
        this.startById = new HashMap<>();
        starts.forEach((id, start) -> {
            if (start != null) {
                startById.put(id, start);
            }
        });
    }

    Plan plan() {
        return plan;
    }

    List<Component> components() {
        return plan.components();
    }

    Component component(String id) {
        Component component = componentsById.get(id);
        if (component == null) {
            throw new IllegalStateException("the plan refers to a component it does not have: " + id);
        }
        return component;
    }

    boolean isScheduled(Component component) {
        return startById.containsKey(component.id());
    }

    /** The start period index of a scheduled component. */
    int start(Component component) {
        return startById.get(component.id());
    }

    /** The last period of implementation of a scheduled component, {@code s + d − 1}. */
    int finish(Component component) {
        return start(component) + component.durationPeriods() - 1;
    }

    /** The first live period of a scheduled component, {@code s + d}. */
    int goLive(Component component) {
        return start(component) + component.durationPeriods();
    }

    boolean underImplementation(Component component, int period) {
        return isScheduled(component) && period >= start(component) && period <= finish(component);
    }

    /**
     * What the funding source pays for the component in the period, in milli-units: its funded share of the capex
     * instalment due then plus, when opex counts against budgets, of the running cost in a live period inside the
     * horizon. Zero for a deferred component.
     */
    long spendingMilli(Component component, String fundingSourceId, int period) {
        return isScheduled(component) ? spendingMilliIfStarting(component, start(component), fundingSourceId, period)
                : 0L;
    }

    /** What the funding source would pay for the component in the period if it started at {@code start}. */
    long spendingMilliIfStarting(Component component, int start, String fundingSourceId, int period) {
        long capexMilli = component.capexAtOffsetMilli(period - start);
        boolean live = period >= start + component.durationPeriods() && period < plan.horizon();
        long opexMilli = plan.economics().opexInBudget() && live ? component.opexPerPeriodMilli() : 0L;
        return component.fundedMilli(fundingSourceId, capexMilli + opexMilli);
    }

    String label(int period) {
        return plan.calendar().label(period);
    }
}
