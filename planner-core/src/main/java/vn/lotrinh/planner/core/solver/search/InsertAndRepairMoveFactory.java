package vn.lotrinh.planner.core.solver.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

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
     * which makes the move a trade (set for the hot searches under {@code MAX_VALUE}, see {@code SolverConfigs}).
     */
    public void setEvicting(boolean evicting) {
        this.evicting = evicting;
    }

    @Override
    MultiStartChangeMove next(RoadmapSolution solution, List<ComponentAssignment> movable, Random random) {
        List<ComponentAssignment> deferred = movable.stream().filter(a -> !a.isScheduled()).toList();
        if (deferred.isEmpty()) {
            return MultiStartChangeMove.NONE;
        }
        List<ComponentAssignment> chain = PendingStarts.overWorkingSolution(solution)
                .withDeferredPredecessors(deferred.get(random.nextInt(deferred.size())));
        if (chain.stream().anyMatch(a -> a.isPinned() || a.getFacts().alternatives().stream()
                .anyMatch(alternative -> solution.assignment(alternative).isScheduled()))) {
            return MultiStartChangeMove.NONE;
        }
        return new Repair(PartialSchedule.ofWorkingSolution(solution), movable, random, solution.getObjective(),
                evicting).insert(chain);
    }

    /** One insertion and its repair, on a schedule of the working solution. */
    private static final class Repair {

        private final PartialSchedule schedule;
        private final List<ComponentAssignment> movable;
        private final Random random;
        private final Objective objective;
        private final boolean evicting;
        private final Map<ComponentAssignment, Integer> movableAgainAt = new HashMap<>();
        /** The caps' total excess before the insertion, thousandths: the repair is done when it is back there. */
        private final long excessBefore;

        Repair(PartialSchedule schedule, List<ComponentAssignment> movable, Random random, Objective objective,
                boolean evicting) {
            this.schedule = schedule;
            this.movable = movable;
            this.random = random;
            this.objective = objective;
            this.evicting = evicting;
            this.excessBefore = schedule.excessMilli();
        }

        MultiStartChangeMove insert(List<ComponentAssignment> chain) {
            for (ComponentAssignment inserted : chain) {
                int earliest = earliestStart(inserted);
                int latest = latestStart(inserted);
                if (earliest > latest) {
                    return MultiStartChangeMove.NONE;
                }
                int start = random.nextBoolean() ? earliest + random.nextInt(latest - earliest + 1)
                        : leastExcessStart(inserted, earliest, latest);
                schedule.place(inserted, start);
            }
            int steps = objective == Objective.MAX_VALUE ? MAX_VALUE_REPAIR_STEPS : REPAIR_STEPS;
            for (int step = 0; step < steps && addedExcess() > 0; step++) {
                if (!repairStep(step)) {
                    break;
                }
            }
            if (addedExcess() > 0 && evicting) {
                evictUntilRepaired(chain);
            }
            return addedExcess() > 0 ? MultiStartChangeMove.NONE : schedule.toMove();
        }

        /** How much more the caps are exceeded than before the insertion, thousandths. */
        private long addedExcess() {
            return schedule.excessMilli() - excessBefore;
        }

        /**
         * Defers, one at a time, the optional component of least value density that draws on an exceeded budget or
         * capacity (with everything depending on it), until none is exceeded or only needed ones draw on it.
         */
        private void evictUntilRepaired(List<ComponentAssignment> chain) {
            while (addedExcess() > 0) {
                ComponentAssignment cheapest =
                        drawingOnAnExceededCell(a -> !chain.contains(a) && !a.getFacts().hints().needed())
                                .stream().min(Comparator.comparingDouble(a -> ValueDensity.of(a.getFacts(), objective)))
                                .orElse(null);
                if (cheapest == null) {
                    return;
                }
                schedule.deferWithSuccessors(cheapest);
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
            schedule.place(best.assignment(), best.start());
            movableAgainAt.put(best.assignment(), step + TABU_STEPS);
            return true;
        }

        /**
         * The scheduled components passing {@code filter} that draw on one exceeded budget or capacity, picked at
         * random; none when nothing is exceeded.
         */
        private List<ComponentAssignment> drawingOnAnExceededCell(Predicate<ComponentAssignment> filter) {
            List<CapCell> exceeded = schedule.exceeded();
            if (exceeded.isEmpty()) {
                return new ArrayList<>();
            }
            CapCell cell = exceeded.get(random.nextInt(exceeded.size()));
            List<ComponentAssignment> drawing = new ArrayList<>();
            for (ComponentAssignment assignment : movable) {
                if (schedule.startOf(assignment) != null && filter.test(assignment)
                        && schedule.draws(assignment, cell)) {
                    drawing.add(assignment);
                }
            }
            return drawing;
        }

        /** The other start, between its predecessors and successors, that leaves the least excess. */
        private Shift bestShift(ComponentAssignment assignment) {
            int current = schedule.startOf(assignment);
            int earliest = earliestStart(assignment);
            int latest = latestStart(assignment);
            if (earliest >= latest) {
                return null;
            }
            long[] drops = schedule.excessDropIfMoved(assignment, earliest, latest);
            Shift best = null;
            int offset = random.nextInt(latest - earliest + 1);
            for (int i = 0; i <= latest - earliest; i++) {
                int start = earliest + (offset + i) % (latest - earliest + 1);
                if (start != current && (best == null || drops[start - earliest] > best.gain())) {
                    best = new Shift(assignment, start, drops[start - earliest]);
                }
            }
            return best;
        }

        private int leastExcessStart(ComponentAssignment assignment, int earliest, int latest) {
            int best = earliest;
            long leastExcess = Long.MAX_VALUE;
            for (int start = earliest; start <= latest; start++) {
                long excess = schedule.excessIfAdded(assignment, start);
                if (excess < leastExcess) {
                    best = start;
                    leastExcess = excess;
                }
            }
            return best;
        }

        private int earliestStart(ComponentAssignment assignment) {
            return Math.max(assignment.getFacts().timing().firstStart(),
                    schedule.starts().startAfterScheduledPredecessors(assignment));
        }

        private int latestStart(ComponentAssignment assignment) {
            return schedule.starts().latestStartBeforeScheduledSuccessors(assignment);
        }
    }

    /** A candidate start for a component, and by how much it lowers the excess. */
    private record Shift(ComponentAssignment assignment, int start, long gain) {
    }
}
