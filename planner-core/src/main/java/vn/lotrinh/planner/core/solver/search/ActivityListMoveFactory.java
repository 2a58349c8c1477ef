package vn.lotrinh.planner.core.solver.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

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
        shift(solution, list, random);
        return decode(solution, list);
    }

    /** Scheduled components by start (longest work ahead first among equal starts), then the deferred ones. */
    private static List<ComponentAssignment> activityList(List<ComponentAssignment> movable) {
        List<ComponentAssignment> list = new ArrayList<>(movable);
        list.sort(Comparator
                .comparingInt((ComponentAssignment a) -> a.isScheduled() ? a.getStart() : Integer.MAX_VALUE)
                .thenComparing(Comparator.comparingInt(
                        (ComponentAssignment a) -> a.getFacts().hints().criticalTailPeriods()).reversed())
                .thenComparingInt(ComponentAssignment::getIndex));
        return list;
    }

    /** Moves one random component to a random place after its last predecessor and before its first successor. */
    private static void shift(RoadmapSolution solution, List<ComponentAssignment> list, Random random) {
        int from = random.nextInt(list.size());
        ComponentAssignment moved = list.remove(from);
        Set<ComponentAssignment> predecessors = linked(solution, moved.getFacts().predecessors());
        Set<ComponentAssignment> successors = linked(solution, moved.getFacts().successors());
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

    private static Set<ComponentAssignment> linked(RoadmapSolution solution, List<Link> links) {
        return links.stream().map(link -> solution.assignment(link.component())).collect(Collectors.toSet());
    }

    private static MultiStartChangeMove decode(RoadmapSolution solution, List<ComponentAssignment> list) {
        boolean makespan = solution.getObjective() == Objective.MIN_MAKESPAN;
        // Under MIN_MAKESPAN optional components only fill gaps once the needed ones are placed.
        List<ComponentAssignment> first = makespan ? list.stream().filter(ActivityListMoveFactory::isNeeded).toList()
                : list;
        PartialSchedule schedule = PartialSchedule.serial(solution, first);
        if (makespan) {
            PartialSchedule rightJustified = backward(solution, first, schedule);
            if (rightJustified != null) {
                schedule = PartialSchedule.serial(solution, byStart(first, rightJustified));
            }
            for (ComponentAssignment optional : list) {
                Integer start = isNeeded(optional) ? null : schedule.fittingStart(optional, null, 0, true);
                if (start != null) {
                    schedule.place(optional, start);
                }
            }
        }
        List<ComponentAssignment> changed = new ArrayList<>();
        List<Integer> newStarts = new ArrayList<>();
        for (ComponentAssignment assignment : list) {
            Integer start = schedule.startOf(assignment);
            if (!Objects.equals(start, assignment.getStart())) {
                changed.add(assignment);
                newStarts.add(start);
            }
        }
        return new MultiStartChangeMove(changed, newStarts);
    }

    /**
     * Right-justifies a forward schedule: in order of decreasing finish, each component at the latest start that
     * fits and still lets its successors start as placed. Returns {@code null} when one no longer fits.
     */
    private static PartialSchedule backward(RoadmapSolution solution, List<ComponentAssignment> components,
            PartialSchedule forward) {
        List<ComponentAssignment> scheduled = new ArrayList<>(components.stream()
                .filter(a -> forward.startOf(a) != null).toList());
        scheduled.sort(Comparator.comparingInt((ComponentAssignment a) -> end(forward, a))
                .reversed().thenComparingInt(ComponentAssignment::getIndex));
        PartialSchedule backward = PartialSchedule.withPinnedOnly(solution);
        for (ComponentAssignment assignment : scheduled) {
            int latest = backward.starts().latestStartBeforeScheduledSuccessors(assignment);
            // Every predecessor finishes earlier, so only the pinned ones are placed yet in this backward pass.
            int earliest = Math.max(assignment.getFacts().timing().firstStart(),
                    backward.starts().startAfterScheduledPredecessors(assignment));
            Integer start = null;
            for (int t = latest; t >= earliest && start == null; t--) {
                if (backward.fits(assignment, t)) {
                    start = t;
                }
            }
            if (start == null) {
                return null;
            }
            backward.place(assignment, start);
        }
        return backward;
    }

    private static int end(PartialSchedule schedule, ComponentAssignment assignment) {
        return schedule.startOf(assignment) + assignment.getFacts().durationPeriods();
    }

    private static List<ComponentAssignment> byStart(List<ComponentAssignment> components,
            PartialSchedule schedule) {
        List<ComponentAssignment> order = new ArrayList<>(components);
        order.sort(Comparator.comparingInt((ComponentAssignment a) -> {
            Integer start = schedule.startOf(a);
            return start == null ? Integer.MAX_VALUE : start;
        }).thenComparingInt(ComponentAssignment::getIndex));
        return order;
    }

    private static boolean isNeeded(ComponentAssignment assignment) {
        return assignment.getFacts().hints().needed();
    }
}
