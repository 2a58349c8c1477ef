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
    static final int MAX_COMPONENTS = 500;

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
        boolean makespan = solution.getObjective() == Objective.MIN_MAKESPAN;
        // Under MIN_MAKESPAN optional components only fill gaps once the needed ones are placed.
        List<ComponentAssignment> first = makespan ? list.stream().filter(ComponentAssignment::isNeeded).toList() : list;
        Map<ComponentAssignment, Integer> starts = Placement.serialSchedule(solution, first);
        if (makespan) {
            Map<ComponentAssignment, Integer> rightJustified = backward(solution, first, starts);
            if (rightJustified != null) {
                starts = Placement.serialSchedule(solution, byStart(first, rightJustified));
            }
            List<ComponentAssignment> optional = list.stream().filter(a -> !a.isNeeded()).toList();
            starts = forwardWithinMakespan(solution, optional, starts);
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

    private static Map<ComponentAssignment, Integer> forwardWithinMakespan(RoadmapSolution solution,
            List<ComponentAssignment> optional, Map<ComponentAssignment, Integer> placed) {
        int makespan = Placement.makespan(placed.keySet(), placed::get);
        SpendingLedger ledger = new SpendingLedger(solution);
        Map<ComponentAssignment, Integer> starts = new HashMap<>(placed);
        placed.forEach(ledger::add);
        for (ComponentAssignment assignment : optional) {
            Integer start = Placement.firstFittingStart(assignment, ledger, starts::get);
            if (start != null && start + assignment.getDurationPeriods() <= makespan) {
                ledger.add(assignment, start);
                starts.put(assignment, start);
            }
        }
        return starts;
    }

    /**
     * Right-justifies a forward schedule: in order of decreasing finish, each component at the latest start that
     * fits and still lets its successors start as placed. Returns {@code null} when one no longer fits.
     */
    private static Map<ComponentAssignment, Integer> backward(RoadmapSolution solution,
            List<ComponentAssignment> components, Map<ComponentAssignment, Integer> forwardStarts) {
        List<ComponentAssignment> scheduled = new ArrayList<>(components.stream()
                .filter(forwardStarts::containsKey).toList());
        scheduled.sort(Comparator.comparingInt((ComponentAssignment a) -> forwardStarts.get(a) + a.getDurationPeriods())
                .reversed().thenComparingInt(ComponentAssignment::getIndex));
        SpendingLedger ledger = new SpendingLedger(solution);
        Map<ComponentAssignment, Integer> starts = withPinned(solution, ledger);
        for (ComponentAssignment assignment : scheduled) {
            int latest = Placement.latestStartBeforeScheduledSuccessors(assignment, starts::get);
            // Only pinned predecessors are placed yet in this backward pass; the others will be placed earlier.
            int earliest = Math.max(assignment.getEarliestStart(), Placement.startAfterScheduledPredecessors(
                    assignment, predecessor -> predecessor.isPinned() ? predecessor.getPinnedStart() : null));
            Integer start = null;
            for (int t = latest; t >= earliest && start == null; t--) {
                if (ledger.fits(assignment, t)) {
                    start = t;
                }
            }
            if (start == null) {
                return null;
            }
            ledger.add(assignment, start);
            starts.put(assignment, start);
        }
        return starts;
    }

    private static List<ComponentAssignment> byStart(List<ComponentAssignment> components,
            Map<ComponentAssignment, Integer> starts) {
        List<ComponentAssignment> order = new ArrayList<>(components);
        order.sort(Comparator.comparingInt((ComponentAssignment a) -> starts.getOrDefault(a, Integer.MAX_VALUE))
                .thenComparingInt(ComponentAssignment::getIndex));
        return order;
    }

    private static Map<ComponentAssignment, Integer> withPinned(RoadmapSolution solution, SpendingLedger ledger) {
        Map<ComponentAssignment, Integer> starts = new HashMap<>();
        Placement.placePinned(solution, ledger, starts);
        return starts;
    }
}
