package vn.lotrinh.planner.core.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Orders components so that each comes after everything it depends on, and finds the cycles that make that
 * impossible: one depth-first search along the links to predecessors, shared by the plan's graph and the validator.
 */
public final class DependencyOrder {

    private static final int UNVISITED = 0;
    private static final int ON_PATH = 1;
    private static final int FINISHED = 2;

    private DependencyOrder() {
    }

    /** Hears of the cycles the search runs into. */
    @FunctionalInterface
    public interface CycleListener {

        /**
         * Called for every link that leads back onto the search's current path.
         *
         * @param cycle the components of the cycle by position, in path order, starting where the link leads
         * @return whether to keep calling for the cycles found later
         */
        boolean onCycle(List<Integer> cycle);
    }

    /**
     * The components by position in the order a depth-first search finishes them: roots in position order,
     * predecessors in the order given. Without a cycle every component comes after all its predecessors. The search
     * keeps its own stack, so that a chain of any length cannot overflow the thread's.
     *
     * @param predecessors for each component, the positions of the components it depends on
     */
    public static List<Integer> depthFirst(List<? extends List<Integer>> predecessors, CycleListener cycles) {
        int n = predecessors.size();
        int[] state = new int[n];
        int[] nextPredecessor = new int[n];
        int[] positionOnPath = new int[n];
        List<Integer> path = new ArrayList<>();
        List<Integer> order = new ArrayList<>(n);
        Deque<Integer> stack = new ArrayDeque<>();
        boolean listening = true;
        for (int root = 0; root < n; root++) {
            if (state[root] != UNVISITED) {
                continue;
            }
            enter(root, state, positionOnPath, path, stack);
            while (!stack.isEmpty()) {
                int node = stack.peek();
                List<Integer> targets = predecessors.get(node);
                if (nextPredecessor[node] < targets.size()) {
                    int target = targets.get(nextPredecessor[node]++);
                    if (state[target] == UNVISITED) {
                        enter(target, state, positionOnPath, path, stack);
                    } else if (state[target] == ON_PATH && listening) {
                        listening = cycles.onCycle(List.copyOf(path.subList(positionOnPath[target], path.size())));
                    }
                } else {
                    state[node] = FINISHED;
                    stack.pop();
                    path.remove(path.size() - 1);
                    order.add(node);
                }
            }
        }
        return order;
    }

    private static void enter(int node, int[] state, int[] positionOnPath, List<Integer> path, Deque<Integer> stack) {
        state[node] = ON_PATH;
        positionOnPath[node] = path.size();
        path.add(node);
        stack.push(node);
    }
}
