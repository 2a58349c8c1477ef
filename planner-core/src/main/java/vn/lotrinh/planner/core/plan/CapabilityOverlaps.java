package vn.lotrinh.planner.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a plan's components overlap in the framework catalogue: a capability delivered by components of which
 * neither replaces the other (directly or along a chain of {@code replaces}) is a duplication; a component that
 * delivers what the catalogue says is provided nationally rebuilds a national system, which is waste.
 *
 * @param duplicates in the catalogue's order of their capabilities
 * @param duplicatePairs every two components that duplicate each other, by plan order of the first, then the second
 * @param rebuilds in plan order
 */
public record CapabilityOverlaps(List<Duplicate> duplicates, List<DuplicatePair> duplicatePairs,
        List<NationalRebuild> rebuilds) {

    public CapabilityOverlaps {
        duplicates = List.copyOf(duplicates);
        duplicatePairs = List.copyOf(duplicatePairs);
        rebuilds = List.copyOf(rebuilds);
    }

    /** A capability and every component that delivers it (indexes into the plan's components, in plan order). */
    public record Duplicate(String code, List<Integer> components) {

        public Duplicate {
            components = List.copyOf(components);
        }
    }

    /**
     * Two components ({@code first < second}, plan indexes), neither replacing the other, that deliver the capabilities
     * {@code codes} (in the catalogue's order): the "No duplicate capability" rule never schedules both.
     */
    public record DuplicatePair(int first, int second, List<String> codes) {

        public DuplicatePair {
            codes = List.copyOf(codes);
        }
    }

    /** A component (its index) that delivers the nationally provided capability {@code code}. */
    public record NationalRebuild(int component, String code) {
    }

    private static final Comparator<List<Integer>> PAIR_ORDER =
            Comparator.<List<Integer>>comparingInt(pair -> pair.get(0)).thenComparingInt(pair -> pair.get(1));

    public static CapabilityOverlaps of(Plan plan) {
        List<Component> components = plan.components();
        Replacements replacements = Replacements.of(components);
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
        Map<List<Integer>, List<String>> codesByPair = new TreeMap<>(PAIR_ORDER);
        for (String code : plan.framework().codes()) {
            List<Integer> delivering = deliverers.getOrDefault(code, List.of());
            boolean duplicated = false;
            for (int a = 0; a < delivering.size(); a++) {
                for (int b = a + 1; b < delivering.size(); b++) {
                    if (!replacements.eitherReplaces(delivering.get(a), delivering.get(b))) {
                        codesByPair.computeIfAbsent(List.of(delivering.get(a), delivering.get(b)),
                                pair -> new ArrayList<>()).add(code);
                        duplicated = true;
                    }
                }
            }
            if (duplicated) {
                duplicates.add(new Duplicate(code, delivering));
            }
        }
        List<DuplicatePair> pairs = codesByPair.entrySet().stream()
                .map(pair -> new DuplicatePair(pair.getKey().get(0), pair.getKey().get(1), pair.getValue()))
                .toList();
        return new CapabilityOverlaps(duplicates, pairs, rebuilds);
    }
}
