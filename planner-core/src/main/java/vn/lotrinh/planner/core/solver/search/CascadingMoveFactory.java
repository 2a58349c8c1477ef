package vn.lotrinh.planner.core.solver.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;

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
        PendingStarts starts = PendingStarts.overWorkingSolution(solution);
        if (assignment.isScheduled() && random.nextInt(4) == 0) {
            starts.deferWithSuccessors(assignment);
        } else {
            Timing timing = assignment.getFacts().timing();
            moveTo(starts, assignment,
                    timing.firstStart() + random.nextInt(timing.lastStart() - timing.firstStart() + 1));
        }
        return starts.toMove();
    }

    /**
     * Starts the component at {@code start} (no earlier than its predecessors allow), schedules deferred predecessors
     * as early as their own predecessors allow, and pushes successors that would start too early.
     */
    private static void moveTo(PendingStarts starts, ComponentAssignment assignment, int start) {
        if (!schedulePredecessors(starts, assignment)) {
            return;
        }
        int earliest = Math.max(start, starts.startAfterScheduledPredecessors(assignment));
        if (earliest > assignment.getFacts().timing().lastStart()) {
            starts.deferWithSuccessors(assignment);
            return;
        }
        starts.set(assignment, earliest);
        Deque<ComponentAssignment> toCheck = new ArrayDeque<>();
        addSuccessors(starts, assignment, toCheck);
        while (!toCheck.isEmpty()) {
            ComponentAssignment successor = toCheck.poll();
            Integer current = starts.startOf(successor);
            if (current == null || successor.isPinned()) {
                continue;
            }
            int required = starts.startAfterScheduledPredecessors(successor);
            if (current < required) {
                if (required > successor.getFacts().timing().lastStart()) {
                    starts.deferWithSuccessors(successor);
                } else {
                    starts.set(successor, required);
                    addSuccessors(starts, successor, toCheck);
                }
            }
        }
    }

    private static void addSuccessors(PendingStarts starts, ComponentAssignment assignment,
            Deque<ComponentAssignment> toCheck) {
        for (Link link : assignment.getFacts().successors()) {
            toCheck.add(starts.solution().assignment(link.component()));
        }
    }

    private static boolean schedulePredecessors(PendingStarts starts, ComponentAssignment assignment) {
        for (Link link : assignment.getFacts().predecessors()) {
            ComponentAssignment predecessor = starts.solution().assignment(link.component());
            if (starts.startOf(predecessor) != null) {
                continue;
            }
            Timing timing = predecessor.getFacts().timing();
            if (predecessor.isPinned() || !timing.hasAnyStart() || !schedulePredecessors(starts, predecessor)) {
                return false;
            }
            int earliest = Math.max(timing.firstStart(), starts.startAfterScheduledPredecessors(predecessor));
            if (earliest > timing.lastStart()) {
                return false;
            }
            starts.set(predecessor, earliest);
        }
        return true;
    }
}
