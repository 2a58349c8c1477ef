package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * Insert and repair: start a deferred component (after the deferred predecessors it needs, started first) even
 * where it does not fit, then re-time the components around it until every budget and capacity holds again. Each
 * repair step takes a component that draws on an exceeded budget or capacity and moves it, between its predecessors
 * and successors, to the start that leaves the least excess (a min-conflicts step; a component just moved waits a
 * few steps before it moves again). When {@link #setEvicting evicting} and re-timing alone does not make room, the
 * optional components of least value density that still draw on an exceeded budget or capacity are deferred until
 * it does. It reaches the roadmaps that fit one more component by re-timing many others, and trades for one that
 * fits only without some others.
 */
public class InsertAndRepairMoveFactory extends RandomMoveFactory {

    /**
     * Above this many components a repair (every step looks through every component) costs more than the move is
     * worth: at 1,000 it cut the score calculations of a 10 s solve to a third and its objective by 2 %.
     */
    static final int MAX_COMPONENTS = 500;
    /**
     * Under {@code MAX_VALUE} a start is worth nothing in itself, so a long repair that re-times many components
     * costs nothing; under the other objectives re-timing loses value, and a short repair measured better
     * (docs/benchmarks.md).
     */
    private static final int MAX_VALUE_REPAIR_STEPS = 200;
    private static final int REPAIR_STEPS = 50;
    /** How many of the components drawing on an exceeded budget or capacity each repair step weighs. */
    private static final int CANDIDATES_PER_STEP = 8;
    private static final int TABU_STEPS = 5;

    private boolean evicting;

    public InsertAndRepairMoveFactory() {
        super(MAX_COMPONENTS);
    }

    /**
     * Custom property: whether the optional components in the way are deferred when re-timing does not make room,
     * which makes the move a trade (set for the hot searches under {@code MAX_VALUE}, see {@link SolverConfigs}).
     */
    public void setEvicting(boolean evicting) {
        this.evicting = evicting;
    }

    @Override
    MultiStartChangeMove next(RoadmapSolution solution, List<ComponentAssignment> movable, Random random) {
        List<ComponentAssignment> deferred = movable.stream().filter(a -> !a.isScheduled()).toList();
        if (deferred.isEmpty()) {
            return MultiStartChangeMove.of(Map.of());
        }
        List<ComponentAssignment> chain = deferred.get(random.nextInt(deferred.size())).withDeferredPredecessors();
        if (chain.stream().anyMatch(a -> a.isPinned()
                || a.getAlternatives().stream().anyMatch(ComponentAssignment::isScheduled))) {
            return MultiStartChangeMove.of(Map.of());
        }
        return new Repair(SpendingLedger.ofScheduled(solution), movable, random, solution.getObjective(), evicting)
                .insert(chain);
    }

    /** One insertion and its repair, on a ledger of the working solution. */
    private static final class Repair {

        private final SpendingLedger ledger;
        private final List<ComponentAssignment> movable;
        private final Random random;
        private final Objective objective;
        private final boolean evicting;
        private final Map<ComponentAssignment, Integer> changes = new LinkedHashMap<>();
        private final Function<ComponentAssignment, Integer> startOf =
                a -> changes.containsKey(a) ? changes.get(a) : a.getStart();
        private final Map<ComponentAssignment, Integer> movableAgainAt = new HashMap<>();
        /** How much more the budgets and capacities are exceeded than before the insertion, milli. */
        private long excess;

        Repair(SpendingLedger ledger, List<ComponentAssignment> movable, Random random, Objective objective,
                boolean evicting) {
            this.ledger = ledger;
            this.movable = movable;
            this.random = random;
            this.objective = objective;
            this.evicting = evicting;
        }

        MultiStartChangeMove insert(List<ComponentAssignment> chain) {
            for (ComponentAssignment inserted : chain) {
                int earliest = earliestStart(inserted);
                int latest = latestStart(inserted);
                if (earliest > latest) {
                    return MultiStartChangeMove.of(Map.of());
                }
                int start = random.nextBoolean() ? earliest + random.nextInt(latest - earliest + 1)
                        : leastExcessStart(inserted, earliest, latest).start();
                excess += ledger.excessIncreaseIfAdded(inserted, start);
                place(inserted, start);
            }
            int steps = objective == Objective.MAX_VALUE ? MAX_VALUE_REPAIR_STEPS : REPAIR_STEPS;
            for (int step = 0; step < steps && excess > 0; step++) {
                if (!repairStep(step)) {
                    break;
                }
            }
            if (excess > 0 && evicting) {
                evictUntilRepaired(chain);
            }
            return MultiStartChangeMove.of(excess > 0 ? Map.of() : changes);
        }

        /**
         * Defers, one at a time, the optional component of least value density that draws on an exceeded budget or
         * capacity (with everything depending on it), until none is exceeded or only needed ones draw on it.
         */
        private void evictUntilRepaired(List<ComponentAssignment> chain) {
            while (excess > 0) {
                ComponentAssignment cheapest = drawingOnAnExceededCell(a -> !chain.contains(a) && !a.isNeeded())
                        .stream().min(Comparator.comparingDouble(a -> Placement.density(a, objective)))
                        .orElse(null);
                if (cheapest == null) {
                    return;
                }
                Map<ComponentAssignment, Integer> deferred = new LinkedHashMap<>();
                CascadingMoveFactory.defer(cheapest, deferred);
                for (ComponentAssignment assignment : deferred.keySet()) {
                    Integer start = startOf.apply(assignment);
                    if (start != null) {
                        ledger.remove(assignment, start);
                        excess -= ledger.excessIncreaseIfAdded(assignment, start);
                        changes.put(assignment, null);
                    }
                }
            }
        }

        /** Moves one component off an exceeded budget or capacity; {@code false} when none can move. */
        private boolean repairStep(int step) {
            List<ComponentAssignment> drawing =
                    drawingOnAnExceededCell(a -> movableAgainAt.getOrDefault(a, 0) <= step);
            Shift best = null;
            for (int i = 0; i < CANDIDATES_PER_STEP && !drawing.isEmpty(); i++) {
                ComponentAssignment candidate = drawing.remove(random.nextInt(drawing.size()));
                Shift shift = bestShift(candidate);
                if (shift != null && (best == null || shift.gain() > best.gain())) {
                    best = shift;
                }
            }
            if (best == null) {
                return false;
            }
            ledger.remove(best.assignment(), startOf.apply(best.assignment()));
            place(best.assignment(), best.start());
            excess -= best.gain();
            movableAgainAt.put(best.assignment(), step + TABU_STEPS);
            return true;
        }

        /**
         * The scheduled components passing {@code filter} that draw on one exceeded budget or capacity, picked at
         * random; none when nothing is exceeded.
         */
        private List<ComponentAssignment> drawingOnAnExceededCell(Predicate<ComponentAssignment> filter) {
            List<SpendingLedger.Cell> exceeded = ledger.exceeded();
            if (exceeded.isEmpty()) {
                return new ArrayList<>();
            }
            SpendingLedger.Cell cell = exceeded.get(random.nextInt(exceeded.size()));
            List<ComponentAssignment> drawing = new ArrayList<>();
            for (ComponentAssignment assignment : movable) {
                Integer start = startOf.apply(assignment);
                if (start != null && filter.test(assignment) && ledger.draws(assignment, start, cell)) {
                    drawing.add(assignment);
                }
            }
            return drawing;
        }

        /** The other start, between its predecessors and successors, that leaves the least excess. */
        private Shift bestShift(ComponentAssignment assignment) {
            int current = startOf.apply(assignment);
            int earliest = earliestStart(assignment);
            int latest = latestStart(assignment);
            if (earliest >= latest) {
                return null;
            }
            ledger.remove(assignment, current);
            long relief = ledger.excessIncreaseIfAdded(assignment, current);
            Shift best = null;
            int offset = random.nextInt(latest - earliest + 1);
            for (int i = 0; i <= latest - earliest; i++) {
                int start = earliest + (offset + i) % (latest - earliest + 1);
                if (start != current) {
                    long gain = relief - ledger.excessIncreaseIfAdded(assignment, start);
                    if (best == null || gain > best.gain()) {
                        best = new Shift(assignment, start, gain);
                    }
                }
            }
            ledger.add(assignment, current);
            return best;
        }

        private Shift leastExcessStart(ComponentAssignment assignment, int earliest, int latest) {
            Shift best = null;
            for (int start = earliest; start <= latest; start++) {
                long gain = -ledger.excessIncreaseIfAdded(assignment, start);
                if (best == null || gain > best.gain()) {
                    best = new Shift(assignment, start, gain);
                }
            }
            return best;
        }

        private void place(ComponentAssignment assignment, int start) {
            ledger.add(assignment, start);
            changes.put(assignment, start);
        }

        private int earliestStart(ComponentAssignment assignment) {
            return Math.max(assignment.getEarliestStart(),
                    Placement.startAfterScheduledPredecessors(assignment, startOf));
        }

        private int latestStart(ComponentAssignment assignment) {
            return Placement.latestStartBeforeScheduledSuccessors(assignment, startOf);
        }
    }

    /** A candidate start for a component, and by how much it lowers the excess. */
    private record Shift(ComponentAssignment assignment, int start, long gain) {
    }
}
