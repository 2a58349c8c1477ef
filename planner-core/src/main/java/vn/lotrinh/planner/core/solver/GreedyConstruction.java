package vn.lotrinh.planner.core.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * Builds a first roadmap that breaks no budget, capacity, dependency, exclusion or window: a serial schedule
 * generation scheme. Components that a {@code MUST} or pinned component needs go first (earliest latest start first),
 * then the others by value density; each takes the earliest start at which it fits beside what is already placed, or
 * is deferred. When the needed components do not all fit, the first pass is retried by value density and then in
 * shuffled orders with some random starts. Under {@code MIN_MAKESPAN} an
 * optional component is placed only where it does not extend the programme.
 */
public class GreedyConstruction implements CustomPhaseCommand<RoadmapSolution> {

    private static final int MAX_NEEDED_PASS_ATTEMPTS = 200;
    /** Bounds the retries on large plans: attempts × components × periods stays below this. */
    private static final long RETRY_WORK_BUDGET = 20_000_000L;
    private static final long SHUFFLE_SEED = 20_200_101L;
    private static final double RANDOM_START_PROBABILITY = 0.3;

    @Override
    public void changeWorkingSolution(ScoreDirector<RoadmapSolution> scoreDirector) {
        RoadmapSolution solution = scoreDirector.getWorkingSolution();
        List<ComponentAssignment> assignments = solution.getAssignments();
        Objective objective = solution.getObjective();
        ToDoubleFunction<ComponentAssignment> priority = a -> Placement.density(a, objective);
        // Needs with the earliest deadline first: what a pin, a window or a needed successor forces early goes in before
        // it is too late.
        ToDoubleFunction<ComponentAssignment> earliestDeadlineFirst = a -> -a.getLatestUsefulStart();
        Random random = new Random(SHUFFLE_SEED);
        Attempt best = null;
        long attempts = Math.max(1, Math.min(MAX_NEEDED_PASS_ATTEMPTS,
                RETRY_WORK_BUDGET / ((long) assignments.size() * solution.getHorizon())));
        for (int attempt = 0; attempt < attempts; attempt++) {
            ToDoubleFunction<ComponentAssignment> order = switch (attempt) {
                case 0 -> earliestDeadlineFirst;
                case 1 -> priority;
                default -> shuffled(random);
            };
            // Retries also try later starts: a roadmap that fits every need may have to leave early money unused.
            Attempt candidate = new Attempt(solution);
            candidate.place(ComponentAssignment::isNeeded, order, false, attempt < 2 ? null : random);
            if (best == null || candidate.placedCount() > best.placedCount()) {
                best = candidate;
            }
            if (best.placedCount() == assignments.stream().filter(a -> a.isNeeded() && !a.isPinned()).count()) {
                break;
            }
        }
        best.place(a -> !a.isNeeded(), priority, objective == Objective.MIN_MAKESPAN, null);
        for (ComponentAssignment assignment : assignments) {
            if (!assignment.isPinned()) {
                scoreDirector.beforeVariableChanged(assignment, "start");
                assignment.setStart(best.starts.get(assignment));
                scoreDirector.afterVariableChanged(assignment, "start");
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static ToDoubleFunction<ComponentAssignment> shuffled(Random random) {
        Map<ComponentAssignment, Double> keys = new HashMap<>();
        return a -> keys.computeIfAbsent(a, k -> random.nextDouble());
    }

    /** One construction: starts chosen so far (pinned components at their pin) and the ledger they fill. */
    private static final class Attempt {

        private final List<ComponentAssignment> assignments;
        private final Map<ComponentAssignment, Integer> starts = new HashMap<>();
        private final SpendingLedger ledger;
        private int placed;
        private int makespan;

        Attempt(RoadmapSolution solution) {
            assignments = solution.getAssignments();
            ledger = new SpendingLedger(solution);
            Placement.placePinned(solution, ledger, starts);
            makespan = Placement.makespan(starts.keySet(), starts::get);
        }

        int placedCount() {
            return placed;
        }

        /**
         * Places the components of this pass in topological order, the highest {@code order} first among the ready
         * ones, each at its earliest fitting start — or, with {@code randomStarts}, sometimes at a random one.
         */
        void place(Predicate<ComponentAssignment> inPass, ToDoubleFunction<ComponentAssignment> order,
                boolean keepWithinMakespan, Random randomStarts) {
            PriorityQueue<ComponentAssignment> ready = new PriorityQueue<>(
                    Comparator.comparingDouble(order).reversed().thenComparingInt(ComponentAssignment::getIndex));
            int[] waiting = new int[assignments.size()];
            Predicate<ComponentAssignment> placeable = a -> inPass.test(a) && !a.isPinned();
            for (ComponentAssignment assignment : assignments) {
                if (placeable.test(assignment)) {
                    waiting[assignment.getIndex()] =
                            (int) assignment.getPredecessors().stream().filter(placeable).count();
                    if (waiting[assignment.getIndex()] == 0) {
                        ready.add(assignment);
                    }
                }
            }
            while (!ready.isEmpty()) {
                ComponentAssignment assignment = ready.poll();
                Integer start = randomStarts != null && randomStarts.nextDouble() < RANDOM_START_PROBABILITY
                        ? Placement.randomFittingStart(assignment, ledger, starts::get, randomStarts)
                        : Placement.firstFittingStart(assignment, ledger, starts::get);
                if (start != null && keepWithinMakespan && start + assignment.getDurationPeriods() > makespan) {
                    start = null;
                }
                if (start != null) {
                    starts.put(assignment, start);
                    ledger.add(assignment, start);
                    placed++;
                    makespan = Math.max(makespan, start + assignment.getDurationPeriods());
                }
                for (ComponentAssignment successor : assignment.getSuccessors()) {
                    if (placeable.test(successor) && --waiting[successor.getIndex()] == 0) {
                        ready.add(successor);
                    }
                }
            }
        }
    }
}
