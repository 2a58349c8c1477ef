package vn.lotrinh.planner.core.solver;

import java.util.List;
import java.util.function.Function;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * Where a component can go beside the components already placed: after its predecessors (with lag), inside its
 * range, not beside a scheduled alternative, and within every budget and capacity of the ledger. Starts are read
 * through {@code startOf}, so a move can ask before its changes are applied.
 */
final class Placement {

    private Placement() {
    }

    /**
     * How much a component is worth per unit of money, for ordering insertions: its objective contribution at its
     * earliest start over its budgeted capex. Under {@code MIN_MAKESPAN} the least slack (earliest latest start) first.
     */
    static double density(ComponentAssignment assignment, Objective objective) {
        return switch (objective) {
            case VALUE_OVER_TIME -> (assignment.getScaledValue() * (double) Math.max(1,
                    assignment.getHorizon() - assignment.getEarliestStart() - assignment.getDurationPeriods() + 1)
                    + 1.0) / (1.0 + assignment.totalFundedCapexMilli());
            case MAX_VALUE -> (assignment.getScaledValue() + 1.0) / (1.0 + assignment.totalFundedCapexMilli());
            case MIN_MAKESPAN -> 1.0 / (1 + assignment.getLatestStart());
        };
    }

    /** The earliest start at which the component fits, or {@code null} when there is none. */
    static Integer firstFittingStart(ComponentAssignment assignment, SpendingLedger ledger,
            Function<ComponentAssignment, Integer> startOf) {
        for (ComponentAssignment alternative : assignment.getAlternatives()) {
            if (startOf.apply(alternative) != null) {
                return null;
            }
        }
        int earliest = assignment.getEarliestStart();
        List<ComponentAssignment> predecessors = assignment.getPredecessors();
        for (int i = 0; i < predecessors.size(); i++) {
            ComponentAssignment predecessor = predecessors.get(i);
            Integer predecessorStart = startOf.apply(predecessor);
            if (predecessorStart == null) {
                return null;
            }
            earliest = Math.max(earliest, predecessorStart + predecessor.getDurationPeriods()
                    + assignment.getPredecessorLags().get(i));
        }
        for (int start = earliest; start <= assignment.getLatestStart(); start++) {
            if (ledger.fits(assignment, start)) {
                return start;
            }
        }
        return null;
    }
}
