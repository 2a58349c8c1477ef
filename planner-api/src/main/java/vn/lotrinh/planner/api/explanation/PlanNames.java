package vn.lotrinh.planner.api.explanation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * The names a plan gives its components, funding sources, resources and phases, by id (an unnamed id as itself), and
 * its resources' units.
 */
final class PlanNames {

    private final Map<String, String> components;
    private final Map<String, String> fundingSources;
    private final Map<String, String> resources;
    private final Map<String, String> phases;
    private final Map<String, String> units;

    PlanNames(Plan plan) {
        components = byId(plan.components(), Component::id, Component::name);
        fundingSources = byId(plan.fundingSources(), FundingSource::id, FundingSource::name);
        resources = byId(plan.resources(), Resource::id, Resource::name);
        phases = byId(plan.phases(), Phase::id, Phase::name);
        units = byId(plan.resources(), Resource::id, Resource::unit);
    }

    String component(String id) {
        return components.getOrDefault(id, id);
    }

    String fundingSource(String id) {
        return fundingSources.getOrDefault(id, id);
    }

    String resource(String id) {
        return resources.getOrDefault(id, id);
    }

    String phase(String id) {
        return phases.getOrDefault(id, id);
    }

    /** The unit the resource is counted in, {@code null} when the plan gives none. */
    String unitOf(String resource) {
        return units.get(resource);
    }

    private static <T> Map<String, String> byId(List<T> items, Function<T, String> id, Function<T, String> name) {
        return items.stream().filter(item -> name.apply(item) != null)
                .collect(Collectors.toMap(id, name, (first, second) -> first));
    }
}
