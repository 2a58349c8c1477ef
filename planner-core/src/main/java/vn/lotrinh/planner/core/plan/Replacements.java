package vn.lotrinh.planner.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a plan's components replace which, directly or along a chain of {@code replaces}: an upgrade and what it
 * supersedes are one system over time, so they never duplicate each other, and the upgrade starts after the older
 * one is live. Two upgrades of the same system do not replace each other: they are two systems. Read from a valid
 * plan, whose {@code replaces} name other components and form no cycle.
 */
public final class Replacements {

    /** {@code newer} replaces {@code older} (indexes into the plan's components), directly or along a chain. */
    public record Replacement(int older, int newer) {
    }

    private final List<Replacement> replacements;
    private final Set<Replacement> lookup;

    private Replacements(List<Replacement> replacements) {
        this.replacements = List.copyOf(replacements);
        this.lookup = Set.copyOf(replacements);
    }

    public static Replacements of(List<Component> components) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            indexById.put(components.get(i).id(), i);
        }
        List<List<Integer>> direct = new ArrayList<>();
        for (Component component : components) {
            direct.add(component.capabilities().replaces().stream().map(indexById::get).toList());
        }
        List<Replacement> replacements = new ArrayList<>();
        for (int newer = 0; newer < components.size(); newer++) {
            for (int older : olderThan(newer, direct)) {
                replacements.add(new Replacement(older, newer));
            }
        }
        return new Replacements(replacements);
    }

    /** Every pair of components one of which replaces the other, the older first, in the newer's plan order. */
    public List<Replacement> all() {
        return replacements;
    }

    /** Whether one of the two components replaces the other, directly or along a chain. */
    public boolean eitherReplaces(int first, int second) {
        return lookup.contains(new Replacement(first, second)) || lookup.contains(new Replacement(second, first));
    }

    private static Set<Integer> olderThan(int newer, List<List<Integer>> direct) {
        Set<Integer> older = new LinkedHashSet<>();
        List<Integer> toVisit = new ArrayList<>(direct.get(newer));
        while (!toVisit.isEmpty()) {
            int next = toVisit.remove(toVisit.size() - 1);
            if (next != newer && older.add(next)) {
                toVisit.addAll(direct.get(next));
            }
        }
        return older;
    }
}
