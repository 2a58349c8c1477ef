package vn.lotrinh.planner.core.plan.read;

import java.util.List;

/**
 * The components' dependencies as a graph over their positions in the document.
 *
 * @param predecessors for each component, the resolved entries of its {@code dependsOn}
 * @param order every component after all its predecessors, or {@code null} when the dependencies form a cycle
 */
record ResolvedDependencies(List<List<Edge>> predecessors, List<Integer> order) {

    boolean isAcyclic() {
        return order != null;
    }

    /**
     * One resolved dependency.
     *
     * @param predecessor the position of the component that must finish first
     * @param lagPeriods the lag, or {@code null} when it is invalid
     * @param entryPointer the {@code dependsOn} entry that states it
     */
    record Edge(int predecessor, Integer lagPeriods, String entryPointer) {
    }
}
