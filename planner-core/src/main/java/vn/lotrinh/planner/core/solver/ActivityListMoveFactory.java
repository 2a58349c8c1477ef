package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * The activity-list neighbourhood of project scheduling: read the roadmap as a list of components in start order,
 * move one component to another place in the list that keeps every predecessor before it, and decode the list again
 * with the serial schedule generation scheme (each component at its earliest fitting start, in list order). The
 * decoded roadmap keeps every budget, capacity, dependency and exclusion, and is left-justified: the moves that
 * shorten a programme are found here.
 */
public class ActivityListMoveFactory extends RandomMoveFactory {

    /** Decoding touches every component; above this many it costs more than the move is worth. */
    static final int MAX_COMPONENTS = 1_000;

    public ActivityListMoveFactory() {
        super(MAX_COMPONENTS);
    }

    @Override
    MultiStartChangeMove next(RoadmapSolution solution, List<ComponentAssignment> movable, Random random) {
        List<ComponentAssignment> list = activityList(movable);
        shift(list, random);
        return decode(solution, list);
    }

    /** Scheduled components by start (longest work ahead first among equal starts), then the deferred ones. */
    private static List<ComponentAssignment> activityList(List<ComponentAssignment> movable) {
        List<ComponentAssignment> list = new ArrayList<>(movable);
        list.sort(Comparator
                .comparingInt((ComponentAssignment a) -> a.isScheduled() ? a.getStart() : Integer.MAX_VALUE)
                .thenComparing(Comparator.comparingInt(ComponentAssignment::getCriticalTailPeriods).reversed())
                .thenComparingInt(ComponentAssignment::getIndex));
        return list;
    }

    /** Moves one random component to a random place after its last predecessor and before its first successor. */
    private static void shift(List<ComponentAssignment> list, Random random) {
        int from = random.nextInt(list.size());
        ComponentAssignment moved = list.remove(from);
        Set<ComponentAssignment> predecessors = new HashSet<>(moved.getPredecessors());
        Set<ComponentAssignment> successors = new HashSet<>(moved.getSuccessors());
        int first = 0;
        int last = list.size();
        for (int i = 0; i < list.size(); i++) {
            if (predecessors.contains(list.get(i))) {
                first = i + 1;
            }
            if (successors.contains(list.get(i)) && i < last) {
                last = i;
            }
        }
        int to = first >= last ? first : first + random.nextInt(last - first + 1);
        list.add(Math.min(to, list.size()), moved);
    }

    private static MultiStartChangeMove decode(RoadmapSolution solution, List<ComponentAssignment> list) {
        SpendingLedger ledger = new SpendingLedger(solution);
        Map<ComponentAssignment, Integer> starts = new HashMap<>();
        int makespan = 0;
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.isPinned()) {
                ledger.add(assignment, assignment.getPinnedStart());
                starts.put(assignment, assignment.getPinnedStart());
                makespan = Math.max(makespan, assignment.getPinnedStart() + assignment.getDurationPeriods());
            }
        }
        boolean keepOptionalWithinMakespan = solution.getObjective() == Objective.MIN_MAKESPAN;
        List<ComponentAssignment> optionalLater = new ArrayList<>();
        for (ComponentAssignment assignment : list) {
            if (keepOptionalWithinMakespan && !assignment.isMust()) {
                optionalLater.add(assignment);
                continue;
            }
            Integer start = Placement.firstFittingStart(assignment, ledger, starts::get);
            if (start != null) {
                ledger.add(assignment, start);
                starts.put(assignment, start);
                makespan = Math.max(makespan, start + assignment.getDurationPeriods());
            }
        }
        for (ComponentAssignment assignment : optionalLater) {
            Integer start = Placement.firstFittingStart(assignment, ledger, starts::get);
            if (start != null && start + assignment.getDurationPeriods() <= makespan) {
                ledger.add(assignment, start);
                starts.put(assignment, start);
            }
        }
        List<ComponentAssignment> changed = new ArrayList<>();
        List<Integer> newStarts = new ArrayList<>();
        for (ComponentAssignment assignment : list) {
            Integer start = starts.get(assignment);
            if (!Objects.equals(start, assignment.getStart())) {
                changed.add(assignment);
                newStarts.add(start);
            }
        }
        return new MultiStartChangeMove(changed, newStarts);
    }
}
