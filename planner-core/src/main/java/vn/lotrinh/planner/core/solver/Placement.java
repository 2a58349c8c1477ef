package vn.lotrinh.planner.core.solver;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * Where a component can go beside the components already placed: after its predecessors (with lag), inside its
 * range, not beside a scheduled alternative, and within every budget and capacity of the ledger. Starts are read
 * through {@code startOf}, so a move can ask before its changes are applied.
 */
final class Placement {

    /** Keeps densities finite for components that take nothing scarce. */
    private static final double FOOTPRINT_FLOOR = 1e-6;

    private Placement() {
    }

    /**
     * How much a component is worth per unit of the means it takes, for ordering insertions: its objective
     * contribution at its earliest start over its footprint. Under {@code MIN_MAKESPAN} the longest chain of work still
     * ahead of it (the latest-finish-time rule of project scheduling).
     */
    static double density(ComponentAssignment assignment, Objective objective) {
        return switch (objective) {
            case VALUE_OVER_TIME -> (assignment.getScaledValue() * (double) Math.max(1,
                    assignment.getHorizon() - assignment.getEarliestStart() - assignment.getDurationPeriods() + 1)
                    + 1.0) / (FOOTPRINT_FLOOR + assignment.getFootprint());
            case MAX_VALUE -> (assignment.getScaledValue() + 1.0) / (FOOTPRINT_FLOOR + assignment.getFootprint());
            case MIN_MAKESPAN -> assignment.getCriticalTailPeriods();
        };
    }

    /** The earliest start at which the component fits, or {@code null} when there is none. */
    static Integer firstFittingStart(ComponentAssignment assignment, SpendingLedger ledger,
            Function<ComponentAssignment, Integer> startOf) {
        Integer earliest = earliestAllowedStart(assignment, startOf);
        if (earliest == null) {
            return null;
        }
        for (int start = earliest; start <= assignment.getLatestStart(); start++) {
            if (ledger.fits(assignment, start)) {
                return start;
            }
        }
        return null;
    }

    /**
     * A fitting start found from a random point of the allowed range onwards (wrapping around), or {@code null} when
     * none fits: diversity for ruin and recreate.
     */
    static Integer randomFittingStart(ComponentAssignment assignment, SpendingLedger ledger,
            Function<ComponentAssignment, Integer> startOf, Random random) {
        Integer earliest = earliestAllowedStart(assignment, startOf);
        if (earliest == null || earliest > assignment.getLatestStart()) {
            return null;
        }
        int count = assignment.getLatestStart() - earliest + 1;
        int offset = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            int start = earliest + (offset + i) % count;
            if (ledger.fits(assignment, start)) {
                return start;
            }
        }
        return null;
    }

    /**
     * The first start after every predecessor has finished plus its lag, or {@code null} when a predecessor or an
     * alternative rules the component out (a deferred predecessor, a scheduled alternative).
     */
    private static Integer earliestAllowedStart(ComponentAssignment assignment,
            Function<ComponentAssignment, Integer> startOf) {
        for (ComponentAssignment alternative : assignment.getAlternatives()) {
            if (startOf.apply(alternative) != null) {
                return null;
            }
        }
        for (ComponentAssignment predecessor : assignment.getPredecessors()) {
            if (startOf.apply(predecessor) == null) {
                return null;
            }
        }
        return Math.max(assignment.getEarliestStart(), startAfterScheduledPredecessors(assignment, startOf));
    }

    /**
     * The first start after every scheduled predecessor has finished plus its lag; 0 when none is scheduled.
     * Deferred predecessors are ignored: callers decide what a deferred one means.
     */
    static int startAfterScheduledPredecessors(ComponentAssignment assignment,
            Function<ComponentAssignment, Integer> startOf) {
        int earliest = 0;
        List<ComponentAssignment> predecessors = assignment.getPredecessors();
        for (int i = 0; i < predecessors.size(); i++) {
            ComponentAssignment predecessor = predecessors.get(i);
            Integer predecessorStart = startOf.apply(predecessor);
            if (predecessorStart != null) {
                earliest = Math.max(earliest, predecessorStart + predecessor.getDurationPeriods()
                        + assignment.getPredecessorLags().get(i));
            }
        }
        return earliest;
    }

    /**
     * The latest start in the component's range that lets every scheduled successor start where it is (after this
     * one finishes plus the successor's lag). Deferred successors are ignored.
     */
    static int latestStartBeforeScheduledSuccessors(ComponentAssignment assignment,
            Function<ComponentAssignment, Integer> startOf) {
        int latest = assignment.getLatestStart();
        for (ComponentAssignment successor : assignment.getSuccessors()) {
            Integer successorStart = startOf.apply(successor);
            if (successorStart != null) {
                latest = Math.min(latest,
                        successorStart - assignment.getDurationPeriods() - successor.lagAfter(assignment));
            }
        }
        return latest;
    }

    /** The first period after every scheduled component has finished: the programme's makespan, 0 when empty. */
    static int makespan(Collection<ComponentAssignment> assignments, Function<ComponentAssignment, Integer> startOf) {
        int makespan = 0;
        for (ComponentAssignment assignment : assignments) {
            Integer start = startOf.apply(assignment);
            if (start != null) {
                makespan = Math.max(makespan, start + assignment.getDurationPeriods());
            }
        }
        return makespan;
    }

    /**
     * The serial schedule generation scheme: pinned components at their pins, then each component of {@code order}
     * at its earliest fitting start, or deferred when none fits.
     */
    static Map<ComponentAssignment, Integer> serialSchedule(RoadmapSolution solution,
            List<ComponentAssignment> order) {
        SpendingLedger ledger = new SpendingLedger(solution);
        Map<ComponentAssignment, Integer> starts = new HashMap<>();
        placePinned(solution, ledger, starts);
        for (ComponentAssignment assignment : order) {
            Integer start = firstFittingStart(assignment, ledger, starts::get);
            if (start != null) {
                ledger.add(assignment, start);
                starts.put(assignment, start);
            }
        }
        return starts;
    }

    /** Places every pinned component at its pin: into {@code starts} and the ledger. */
    static void placePinned(RoadmapSolution solution, SpendingLedger ledger,
            Map<ComponentAssignment, Integer> starts) {
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.isPinned()) {
                starts.put(assignment, assignment.getPinnedStart());
                ledger.add(assignment, assignment.getPinnedStart());
            }
        }
    }
}
