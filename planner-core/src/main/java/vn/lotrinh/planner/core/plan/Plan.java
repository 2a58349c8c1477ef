package vn.lotrinh.planner.core.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated {@code roadmap-plan/1} document: the portfolio of components to schedule into the calendar's periods
 * under budgets, capacities and dependencies. Immutable; read one with {@code core.plan.read.PlanReader}.
 *
 * @param framework the framework catalogue the components' capabilities name
 * @param frameworkPreference the value a component gains in the value objectives by delivering a capability the
 *     catalogue requires of a province ({@code MUST}, built by the province), in value units; 0: no preference
 * @param dependencies the graph of {@code components}' dependencies, {@code DependencyGraph.of(components, horizon)}
 * @param priorities the criteria the components' values are weighted by, {@link Priorities#NONE} without criteria
 */
public record Plan(
        String name,
        String description,
        String currency,
        BigDecimal moneyUnit,
        PlanCalendar calendar,
        List<Phase> phases,
        List<FundingSource> fundingSources,
        List<Resource> resources,
        List<Budget> budgets,
        List<Capacity> capacities,
        Economics economics,
        Catalogue framework,
        BigDecimal frameworkPreference,
        List<Component> components,
        DependencyGraph dependencies,
        Priorities priorities) {

    public Plan {
        phases = List.copyOf(phases);
        fundingSources = List.copyOf(fundingSources);
        resources = List.copyOf(resources);
        budgets = List.copyOf(budgets);
        capacities = List.copyOf(capacities);
        components = List.copyOf(components);
        if (dependencies.size() != components.size()) {
            throw new IllegalArgumentException("the dependency graph has " + dependencies.size()
                    + " components, the plan " + components.size());
        }
    }

    /** This plan with other budgets and capacities, everything else the same. */
    public Plan withCaps(List<Budget> otherBudgets, List<Capacity> otherCapacities) {
        return new Plan(name, description, currency, moneyUnit, calendar, phases, fundingSources, resources,
                otherBudgets, otherCapacities, economics, framework, frameworkPreference, components, dependencies,
                priorities);
    }

    /**
     * This plan with the named components pinned where {@code pins} says (ids the plan does not have are ignored), and
     * the dependency graph's bounds following them.
     */
    public Plan withPins(Map<String, Integer> pins) {
        List<Component> pinned = components.stream()
                .map(component -> pins.containsKey(component.id()) ? component.pinnedAt(pins.get(component.id()))
                        : component)
                .toList();
        return new Plan(name, description, currency, moneyUnit, calendar, phases, fundingSources, resources, budgets,
                capacities, economics, framework, frameworkPreference, pinned,
                DependencyGraph.of(pinned, calendar.periods()), priorities);
    }

    /**
     * This plan with each component that {@code choices} names (by id) paid from that funding option alone (see
     * {@link Component#fundedBy}); the others keep their funding. What a roadmap that chose funding is checked,
     * projected and exported against.
     */
    public Plan withFunding(Map<String, Integer> choices) {
        if (choices.isEmpty()) {
            return this;
        }
        List<Component> funded = components.stream()
                .map(component -> choices.containsKey(component.id()) ? component.fundedBy(choices.get(component.id()))
                        : component)
                .toList();
        return new Plan(name, description, currency, moneyUnit, calendar, phases, fundingSources, resources, budgets,
                capacities, economics, framework, frameworkPreference, funded, dependencies, priorities);
    }

    /** The number of periods in the horizon, {@code H}. */
    public int horizon() {
        return calendar.periods();
    }

    /** The position of the component with this id in {@link #components()}, or -1 when there is none. */
    public int indexOf(String componentId) {
        return dependencies.indexOf(componentId);
    }

    public Map<String, Component> componentsById() {
        return components.stream().collect(Collectors.toMap(Component::id, Function.identity()));
    }

    public Optional<Phase> phaseOf(int period) {
        return phases.stream().filter(phase -> phase.contains(period)).findFirst();
    }

    /**
     * The capacity of the resource in the period in thousandths, or empty when it is not capped there. A capacity for
     * the period overrides the one for every period.
     */
    public Optional<Long> capacityMilli(String resourceId, int period) {
        Optional<Long> specific = capacities.stream()
                .filter(c -> c.resourceId().equals(resourceId) && c.period() != null && c.period() == period)
                .map(Capacity::amountMilli)
                .findFirst();
        if (specific.isPresent()) {
            return specific;
        }
        return capacities.stream()
                .filter(c -> c.resourceId().equals(resourceId) && c.period() == null)
                .map(Capacity::amountMilli)
                .findFirst();
    }
}
