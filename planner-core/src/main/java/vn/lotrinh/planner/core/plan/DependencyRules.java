package vn.lotrinh.planner.core.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.ComponentFacts.DependencyEntry;
import vn.lotrinh.planner.core.plan.ComponentFacts.ExclusionEntry;
import vn.lotrinh.planner.core.plan.DependencyGraph.Edge;

/**
 * The rules for references between components: unique ids, {@code dependsOn} and {@code excludes} naming existing
 * other components, two pinned components excluding each other, and dependency cycles.
 */
final class DependencyRules {

    private static final int WHITE = 0;
    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    private final Checks checks;

    DependencyRules(Checks checks) {
        this.checks = checks;
    }

    DependencyGraph check(List<ComponentFacts> components) {
        Map<String, Integer> positionById = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentFacts component = components.get(i);
            if (component.id() == null) {
                continue;
            }
            Integer first = positionById.putIfAbsent(component.id(), i);
            if (first != null) {
                checks.report(Pointers.member(component.pointer(), "id"), "component id " + Checks.quote(component.id())
                        + " is already used by " + components.get(first).pointer()
                        + ": each component needs its own id");
            }
        }
        List<List<Edge>> predecessors = new ArrayList<>();
        for (ComponentFacts component : components) {
            predecessors.add(resolve(component, positionById));
            checkExclusions(component, components, positionById);
        }
        List<Integer> order = orderOrReportCycles(components, predecessors);
        return new DependencyGraph(predecessors, order);
    }

    private List<Edge> resolve(ComponentFacts component, Map<String, Integer> positionById) {
        List<Edge> edges = new ArrayList<>();
        for (DependencyEntry entry : component.dependsOn()) {
            Integer predecessor = positionById.get(entry.predecessorId());
            if (entry.predecessorId().equals(component.id())) {
                checks.report(entry.idPointer(), component.displayName() + " cannot depend on itself");
            } else if (predecessor == null) {
                checks.report(entry.idPointer(), component.displayName() + " depends on "
                        + Checks.quote(entry.predecessorId()) + ", which is not a component of this plan");
            } else {
                edges.add(new Edge(predecessor, entry.lagPeriods(), entry.entryPointer()));
            }
        }
        return edges;
    }

    private void checkExclusions(ComponentFacts component, List<ComponentFacts> components,
            Map<String, Integer> positionById) {
        for (ExclusionEntry entry : component.excludes()) {
            Integer other = positionById.get(entry.excludedId());
            if (entry.excludedId().equals(component.id())) {
                checks.report(entry.pointer(), component.displayName() + " cannot exclude itself");
            } else if (other == null) {
                checks.report(entry.pointer(), component.displayName() + " excludes "
                        + Checks.quote(entry.excludedId()) + ", which is not a component of this plan");
            } else if (component.isPinned() && components.get(other).isPinned()
                    && !(excludesBack(components.get(other), component) && other < positionOf(component, positionById))) {
                checks.report(entry.pointer(), component.displayName() + " excludes " + Checks.quote(entry.excludedId())
                        + ", but both are pinned: they cannot both be scheduled");
            }
        }
    }

    /** Whether {@code from} excludes {@code to} as well, so that the pair is reported once, at the earlier one. */
    private static boolean excludesBack(ComponentFacts from, ComponentFacts to) {
        return to.id() != null && from.excludes().stream().anyMatch(e -> e.excludedId().equals(to.id()));
    }

    private static int positionOf(ComponentFacts component, Map<String, Integer> positionById) {
        return component.id() == null ? Integer.MAX_VALUE : positionById.get(component.id());
    }

    /**
     * Depth-first search along {@code dependsOn}, without recursion so that long chains cannot overflow the stack. Each
     * edge back onto the current path closes one cycle; a cycle is reported once, starting at its component that comes
     * first in the document. The components in the order they are finished form the topological order.
     */
    private List<Integer> orderOrReportCycles(List<ComponentFacts> components, List<List<Edge>> predecessors) {
        int n = components.size();
        int[] state = new int[n];
        int[] nextEdge = new int[n];
        int[] positionOnPath = new int[n];
        List<Integer> path = new ArrayList<>();
        List<Integer> order = new ArrayList<>(n);
        Set<List<Integer>> reported = new HashSet<>();
        Deque<Integer> stack = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (state[root] != WHITE) {
                continue;
            }
            enter(root, state, positionOnPath, path, stack);
            while (!stack.isEmpty()) {
                int node = stack.peek();
                List<Edge> edges = predecessors.get(node);
                if (nextEdge[node] < edges.size()) {
                    int target = edges.get(nextEdge[node]++).predecessor();
                    if (state[target] == WHITE) {
                        enter(target, state, positionOnPath, path, stack);
                    } else if (state[target] == ON_PATH) {
                        reportCycle(path.subList(positionOnPath[target], path.size()), components, predecessors,
                                reported);
                    }
                } else {
                    state[node] = DONE;
                    stack.pop();
                    path.remove(path.size() - 1);
                    order.add(node);
                }
            }
        }
        return reported.isEmpty() ? order : null;
    }

    private static void enter(int node, int[] state, int[] positionOnPath, List<Integer> path, Deque<Integer> stack) {
        state[node] = ON_PATH;
        positionOnPath[node] = path.size();
        path.add(node);
        stack.push(node);
    }

    private void reportCycle(List<Integer> cycleOnPath, List<ComponentFacts> components,
            List<List<Edge>> predecessors, Set<List<Integer>> reported) {
        List<Integer> cycle = new ArrayList<>(cycleOnPath);
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        if (!reported.add(List.copyOf(cycle))) {
            return;
        }
        int first = cycle.get(0);
        int second = cycle.size() > 1 ? cycle.get(1) : first;
        String pointer = predecessors.get(first).stream()
                .filter(edge -> edge.predecessor() == second)
                .findFirst()
                .orElseThrow()
                .entryPointer();
        String names = cycle.stream().map(i -> components.get(i).id()).collect(Collectors.joining(" → "));
        checks.report(pointer, "dependency cycle: " + names + " → " + components.get(first).id());
    }
}
