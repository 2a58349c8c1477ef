package vn.lotrinh.planner.core.plan.read;

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
import vn.lotrinh.planner.core.plan.read.ComponentFacts.DependencyEntry;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.ExclusionEntry;
import vn.lotrinh.planner.core.plan.read.ResolvedDependencies.Edge;

/**
 * The rules for references between components: unique ids, {@code dependsOn} and {@code excludes} naming existing
 * other components, two pinned components excluding each other, and dependency cycles.
 */
final class DependencyRules {

    private static final int WHITE = 0;
    private static final int ON_PATH = 1;
    private static final int DONE = 2;
    /** Cycles listed one by one; beyond this a plan is too tangled for a list to help. */
    static final int MAX_CYCLES_LISTED = 100;

    private final Checks checks;

    DependencyRules(Checks checks) {
        this.checks = checks;
    }

    ResolvedDependencies check(List<ComponentFacts> components) {
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
        Set<List<Integer>> pinnedPairs = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            predecessors.add(resolve(components.get(i), positionById));
            checkExclusions(i, components, positionById, pinnedPairs);
        }
        List<Integer> order = orderOrReportCycles(components, predecessors);
        return new ResolvedDependencies(predecessors, order);
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

    private void checkExclusions(int position, List<ComponentFacts> components, Map<String, Integer> positionById,
            Set<List<Integer>> pinnedPairs) {
        ComponentFacts component = components.get(position);
        for (ExclusionEntry entry : component.excludes()) {
            Integer other = positionById.get(entry.excludedId());
            if (entry.excludedId().equals(component.id())) {
                checks.report(entry.pointer(), component.displayName() + " cannot exclude itself");
            } else if (other == null) {
                checks.report(entry.pointer(), component.displayName() + " excludes "
                        + Checks.quote(entry.excludedId()) + ", which is not a component of this plan");
            } else if (component.isPinned() && components.get(other).isPinned()
                    && pinnedPairs.add(List.of(Math.min(position, other), Math.max(position, other)))) {
                checks.report(entry.pointer(), component.displayName() + " excludes " + Checks.quote(entry.excludedId())
                        + ", but both are pinned: they cannot both be scheduled");
            }
        }
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
        boolean moreCycles = false;
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
                    } else if (state[target] == ON_PATH && !moreCycles) {
                        List<Integer> cycle = startingAtFirst(path.subList(positionOnPath[target], path.size()));
                        if (reported.size() < MAX_CYCLES_LISTED) {
                            if (reported.add(cycle)) {
                                reportCycle(cycle, components, predecessors);
                            }
                        } else {
                            moreCycles = !reported.contains(cycle);
                        }
                    }
                } else {
                    state[node] = DONE;
                    stack.pop();
                    path.remove(path.size() - 1);
                    order.add(node);
                }
            }
        }
        if (moreCycles) {
            checks.report("/components", "the dependencies form more cycles than the " + MAX_CYCLES_LISTED
                    + " listed: break those and check the plan again");
        }
        return reported.isEmpty() ? order : null;
    }

    private static void enter(int node, int[] state, int[] positionOnPath, List<Integer> path, Deque<Integer> stack) {
        state[node] = ON_PATH;
        positionOnPath[node] = path.size();
        path.add(node);
        stack.push(node);
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
        checks.report(pointer, "dependency cycle: " + names + " → " + components.get(first).id());
    }
}
