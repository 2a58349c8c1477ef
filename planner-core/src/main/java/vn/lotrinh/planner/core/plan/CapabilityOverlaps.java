package vn.lotrinh.planner.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a plan's components overlap in the framework catalogue: a capability delivered by components of which
 * neither replaces the other (directly or along a chain of {@code replaces}) is a duplication; a component that
 * delivers what the catalogue says is provided nationally rebuilds a national system, which is waste.
 *
 * @param duplicates in the catalogue's order of their capabilities
 * @param rebuilds in plan order
 */
public record CapabilityOverlaps(List<Duplicate> duplicates, List<NationalRebuild> rebuilds) {

    public CapabilityOverlaps {
        duplicates = List.copyOf(duplicates);
        rebuilds = List.copyOf(rebuilds);
    }

    /** A capability and every component that delivers it (indexes into the plan's components, in plan order). */
    public record Duplicate(String code, List<Integer> components) {

        public Duplicate {
            components = List.copyOf(components);
        }
    }

    /** A component (its index) that delivers the nationally provided capability {@code code}. */
    public record NationalRebuild(int component, String code) {
    }

    public static CapabilityOverlaps of(Plan plan) {
        List<Component> components = plan.components();
        Lineages lineages = new Lineages(components);
        Map<String, List<Integer>> deliverers = new LinkedHashMap<>();
        List<NationalRebuild> rebuilds = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            for (String code : components.get(i).capabilities().delivers()) {
                deliverers.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
                if (plan.framework().entry(code).map(FrameworkEntry::isNational).orElse(false)) {
                    rebuilds.add(new NationalRebuild(i, code));
                }
            }
        }
        List<Duplicate> duplicates = new ArrayList<>();
        for (String code : plan.framework().codes()) {
            List<Integer> delivering = deliverers.getOrDefault(code, List.of());
            if (delivering.stream().map(lineages::of).distinct().count() > 1) {
                duplicates.add(new Duplicate(code, delivering));
            }
        }
        return new CapabilityOverlaps(duplicates, rebuilds);
    }

    /** Components joined by {@code replaces}, an upgrade and what it supersedes being one system over time. */
    private static final class Lineages {

        private final int[] parent;

        Lineages(List<Component> components) {
            parent = new int[components.size()];
            Map<String, Integer> indexById = new HashMap<>();
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                indexById.put(components.get(i).id(), i);
            }
            for (int i = 0; i < parent.length; i++) {
                for (String replaced : components.get(i).capabilities().replaces()) {
                    parent[of(indexById.get(replaced))] = of(i);
                }
            }
        }

        int of(int component) {
            int root = component;
            while (parent[root] != root) {
                root = parent[root];
            }
            return root;
        }
    }
}
