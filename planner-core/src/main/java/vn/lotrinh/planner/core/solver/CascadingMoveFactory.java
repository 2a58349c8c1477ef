package vn.lotrinh.planner.core.solver;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves that keep dependencies intact, which single-variable moves cannot: a component moves to a new start and
 * pushes its successors later as far as they must (deferring those that no longer fit), or is deferred together
 * with everything that depends on it, or is scheduled together with its deferred predecessors.
 */
public class CascadingMoveFactory extends RandomMoveFactory {

    public CascadingMoveFactory() {
        super(Integer.MAX_VALUE);
    }

    @Override
    MultiStartChangeMove next(RoadmapSolution solution, List<ComponentAssignment> movable, Random random) {
        ComponentAssignment assignment = movable.get(random.nextInt(movable.size()));
        Map<ComponentAssignment, Integer> changes = new LinkedHashMap<>();
        if (assignment.isScheduled() && random.nextInt(4) == 0) {
            defer(assignment, changes);
        } else {
            int start = assignment.getEarliestStart()
                    + random.nextInt(assignment.getLatestStart() - assignment.getEarliestStart() + 1);
            moveTo(assignment, start, changes);
        }
        return MultiStartChangeMove.of(changes);
    }

    /** Defers the component and every component that transitively depends on it (pinned ones stay). */
    static void defer(ComponentAssignment assignment, Map<ComponentAssignment, Integer> changes) {
        Deque<ComponentAssignment> toDefer = new ArrayDeque<>();
        toDefer.add(assignment);
        while (!toDefer.isEmpty()) {
            ComponentAssignment next = toDefer.poll();
            if (next.isPinned() || (changes.containsKey(next) && changes.get(next) == null)) {
                continue;
            }
            changes.put(next, null);
            toDefer.addAll(next.getSuccessors());
        }
    }

    /**
     * Starts the component at {@code start} (no earlier than its predecessors allow), schedules deferred predecessors
     * as early as their own predecessors allow, and pushes successors that would start too early.
     */
    static void moveTo(ComponentAssignment assignment, int start, Map<ComponentAssignment, Integer> changes) {
        if (!schedulePredecessors(assignment, changes)) {
            return;
        }
        int earliest = Math.max(start, earliestAfter(assignment, changes));
        if (earliest > assignment.getLatestStart()) {
            defer(assignment, changes);
            return;
        }
        changes.put(assignment, earliest);
        Deque<ComponentAssignment> toCheck = new ArrayDeque<>(assignment.getSuccessors());
        while (!toCheck.isEmpty()) {
            ComponentAssignment successor = toCheck.poll();
            Integer current = startOf(successor, changes);
            if (current == null || successor.isPinned()) {
                continue;
            }
            int required = earliestAfter(successor, changes);
            if (current < required) {
                if (required > successor.getLatestStart()) {
                    defer(successor, changes);
                } else {
                    changes.put(successor, required);
                    toCheck.addAll(successor.getSuccessors());
                }
            }
        }
    }

    private static boolean schedulePredecessors(ComponentAssignment assignment,
            Map<ComponentAssignment, Integer> changes) {
        for (ComponentAssignment predecessor : assignment.getPredecessors()) {
            if (startOf(predecessor, changes) != null) {
                continue;
            }
            if (predecessor.isPinned() || !predecessor.hasAnyStart() || !schedulePredecessors(predecessor, changes)) {
                return false;
            }
            int earliest = Math.max(predecessor.getEarliestStart(), earliestAfter(predecessor, changes));
            if (earliest > predecessor.getLatestStart()) {
                return false;
            }
            changes.put(predecessor, earliest);
        }
        return true;
    }

    /** The first start after every scheduled predecessor (as changed so far) has finished plus its lag. */
    private static int earliestAfter(ComponentAssignment assignment, Map<ComponentAssignment, Integer> changes) {
        return Placement.startAfterScheduledPredecessors(assignment, a -> startOf(a, changes));
    }

    private static Integer startOf(ComponentAssignment assignment, Map<ComponentAssignment, Integer> changes) {
        return changes.containsKey(assignment) ? changes.get(assignment) : assignment.getStart();
    }
}
