package vn.lotrinh.planner.core.plan.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.DependencyOrder;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.DependencyEntry;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.ExclusionEntry;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.ReplacementEntry;
import vn.lotrinh.planner.core.plan.read.ResolvedDependencies.Edge;

/**
 * The rules for references between components: unique ids, {@code dependsOn} and {@code excludes} naming existing
 * other components, two pinned components excluding each other, and dependency cycles.
 */
final class DependencyRules {

    /** Cycles listed one by one; beyond this a plan is too tangled for a list to help. */
    static final int MAX_CYCLES_LISTED = 100;

    private static final Relation DEPENDENCY = new Relation(Text.of("depend on", "phụ thuộc vào"),
            Text.of("depends on", "phụ thuộc vào"));
    private static final Relation EXCLUSION = new Relation(Text.of("exclude", "loại trừ"),
            Text.of("excludes", "loại trừ"));
    private static final Relation REPLACEMENT = new Relation(Text.of("replace", "thay thế"),
            Text.of("replaces", "thay thế"));

    private final Checks checks;

    /** How an entry relates its component to the other it names, as messages say it. */
    private record Relation(Text infinitive, Text thirdPerson) {
    }

    DependencyRules(Checks checks) {
        this.checks = checks;
    }

    ResolvedDependencies check(List<ComponentFacts> components) {
        UniqueIds ids = new UniqueIds(checks, Text.of("component", "hạng mục"));
        Map<String, Integer> positionById = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentFacts component = components.get(i);
            if (component.id() != null && ids.claim(component.id(), component.pointer())) {
                positionById.put(component.id(), i);
            }
        }
        List<List<Edge>> predecessors = new ArrayList<>();
        Set<List<Integer>> pinnedPairs = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            predecessors.add(resolve(components.get(i), positionById));
            checkExclusions(i, components, positionById, pinnedPairs);
            checkReplacements(i, components, positionById);
        }
        List<Integer> order = orderOrReportCycles(components, predecessors);
        return new ResolvedDependencies(predecessors, order);
    }

    private List<Edge> resolve(ComponentFacts component, Map<String, Integer> positionById) {
        List<Edge> edges = new ArrayList<>();
        for (DependencyEntry entry : component.dependsOn()) {
            Integer predecessor = other(component, entry.predecessorId(), entry.idPointer(), DEPENDENCY,
                    positionById);
            if (predecessor != null) {
                edges.add(new Edge(predecessor, entry.lagPeriods(), entry.entryPointer()));
            }
        }
        return edges;
    }

    private void checkExclusions(int position, List<ComponentFacts> components, Map<String, Integer> positionById,
            Set<List<Integer>> pinnedPairs) {
        ComponentFacts component = components.get(position);
        for (ExclusionEntry entry : component.excludes()) {
            Integer other = other(component, entry.excludedId(), entry.pointer(), EXCLUSION, positionById);
            if (other != null && component.isPinned() && components.get(other).isPinned()
                    && pinnedPairs.add(List.of(Math.min(position, other), Math.max(position, other)))) {
                checks.report(entry.pointer(), Text.format("{0} excludes {1}, but both are pinned: they cannot both be"
                        + " scheduled", "{0} loại trừ {1}, nhưng cả hai đều được ghim: không thể xếp lịch cả hai",
                        component.displayName(), Checks.quote(entry.excludedId())));
            }
        }
    }

    /**
     * A component replaces other components of the plan, and never one that replaces it in turn, directly or along a
     * chain. A cycle is reported at each entry that leads back to a component earlier in the document.
     */
    private void checkReplacements(int position, List<ComponentFacts> components, Map<String, Integer> positionById) {
        ComponentFacts component = components.get(position);
        for (ReplacementEntry entry : component.replaces()) {
            Integer other = other(component, entry.replacedId(), entry.pointer(), REPLACEMENT, positionById);
            if (other != null && other < position && replacesAlongAChain(other, component.id(), components,
                    positionById)) {
                checks.report(entry.pointer(), Text.format("{0} replaces {1}, which replaces it in turn: one of them"
                        + " is the upgrade", "{0} thay thế {1}, trong khi {1} lại thay thế nó: chỉ một trong hai là bản"
                        + " nâng cấp", component.displayName(), Checks.quote(entry.replacedId())));
            }
        }
    }

    private static boolean replacesAlongAChain(int from, String targetId, List<ComponentFacts> components,
            Map<String, Integer> positionById) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> toVisit = new ArrayList<>(List.of(from));
        while (!toVisit.isEmpty()) {
            int next = toVisit.remove(toVisit.size() - 1);
            if (!seen.add(next)) {
                continue;
            }
            for (ReplacementEntry entry : components.get(next).replaces()) {
                if (entry.replacedId().equals(targetId)) {
                    return true;
                }
                Integer replaced = positionById.get(entry.replacedId());
                if (replaced != null) {
                    toVisit.add(replaced);
                }
            }
        }
        return false;
    }

    /**
     * The position of the other component that a {@code dependsOn}, {@code excludes} or {@code replaces} entry names,
     * or {@code null} when the entry names the component itself or no component (reported).
     */
    private Integer other(ComponentFacts component, String otherId, String pointer, Relation relation,
            Map<String, Integer> positionById) {
        if (otherId.equals(component.id())) {
            checks.report(pointer, Text.format("{0} cannot {1} itself", "{0} không thể {1} chính nó",
                    component.displayName(), relation.infinitive()));
            return null;
        }
        Integer other = positionById.get(otherId);
        if (other == null) {
            checks.report(pointer, Text.format("{0} {1} {2}, which is not a component of this plan",
                    "{0} {1} {2}, không phải là hạng mục của kế hoạch này", component.displayName(),
                    relation.thirdPerson(), Checks.quote(otherId)));
        }
        return other;
    }

    /**
     * The order of a depth-first search along {@code dependsOn}, in which each link back onto the search's path closes
     * a cycle: each cycle is reported once, starting at its component that comes first in the document, and the
     * search's order is a topological one only when there is none.
     */
    private List<Integer> orderOrReportCycles(List<ComponentFacts> components, List<List<Edge>> predecessors) {
        CycleReport cycles = new CycleReport(components, predecessors);
        List<Integer> order = DependencyOrder.depthFirst(
                predecessors.stream().map(edges -> edges.stream().map(Edge::predecessor).toList()).toList(), cycles);
        if (cycles.moreThanListed) {
            checks.report("/components", Text.format("the dependencies form more cycles than the {0} listed: break"
                    + " those and check the plan again", "các phụ thuộc tạo thành nhiều vòng hơn {0} vòng đã liệt kê:"
                    + " hãy phá các vòng đó rồi kiểm tra lại kế hoạch", MAX_CYCLES_LISTED));
        }
        return cycles.reported.isEmpty() ? order : null;
    }

    /** Lists the cycles found, up to {@link #MAX_CYCLES_LISTED}, and notes when there are more. */
    private final class CycleReport implements DependencyOrder.CycleListener {

        private final List<ComponentFacts> components;
        private final List<List<Edge>> predecessors;
        private final Set<List<Integer>> reported = new HashSet<>();
        private boolean moreThanListed;

        CycleReport(List<ComponentFacts> components, List<List<Edge>> predecessors) {
            this.components = components;
            this.predecessors = predecessors;
        }

        @Override
        public boolean onCycle(List<Integer> cycleOnPath) {
            List<Integer> cycle = startingAtFirst(cycleOnPath);
            if (reported.size() < MAX_CYCLES_LISTED) {
                if (reported.add(cycle)) {
                    reportCycle(cycle, components, predecessors);
                }
                return true;
            }
            moreThanListed = !reported.contains(cycle);
            return !moreThanListed;
        }
    }

    /** The cycle rotated to start at its component that comes first in the document. */
    private static List<Integer> startingAtFirst(List<Integer> cycleOnPath) {
        List<Integer> cycle = new ArrayList<>(cycleOnPath);
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        return List.copyOf(cycle);
    }

    /** {@code dependency cycle: TTDL → MCDT → LGSP → TTDL}, at the first component's entry naming the second. */
    private void reportCycle(List<Integer> cycle, List<ComponentFacts> components, List<List<Edge>> predecessors) {
        int first = cycle.get(0);
        int second = cycle.get(1 % cycle.size());
        String pointer = predecessors.get(first).stream()
                .filter(edge -> edge.predecessor() == second)
                .findFirst()
                .orElseThrow()
                .entryPointer();
        String names = cycle.stream().map(i -> components.get(i).id()).collect(Collectors.joining(" → "));
        checks.report(pointer, Text.format("dependency cycle: {0} → {1}", "vòng phụ thuộc: {0} → {1}", names,
                components.get(first).id()));
    }
}
