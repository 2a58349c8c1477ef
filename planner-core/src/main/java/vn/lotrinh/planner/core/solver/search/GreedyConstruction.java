package vn.lotrinh.planner.core.solver.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Builds a first roadmap that breaks no budget, capacity, dependency, exclusion or window: a serial schedule
 * generation scheme. Components that a {@code MUST} or pinned component needs go first (earliest latest start first),
 * then the others by value density; each takes the earliest start at which it fits beside what is already placed, or
 * is deferred. When the needed components do not all fit, the first pass is retried by value density and then in
 * shuffled orders with some random starts. Under {@code MIN_MAKESPAN} an optional component is placed only where it
 * does not extend the programme. A problem with a starting roadmap keeps every start of it that still fits, the
 * needed components first, before the passes place the rest.
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
        if (solution.isConstructed()) {
            return; // a restart after a problem change: the local search goes on from where it is
        }
        List<ComponentAssignment> assignments = solution.getAssignments();
        Objective objective = solution.getObjective();
        ToDoubleFunction<ComponentAssignment> priority = a -> ValueDensity.of(a.getFacts(), objective);
        // Needs with the earliest deadline first: what a pin, a window or a needed successor forces early goes in before
        // it is too late.
        ToDoubleFunction<ComponentAssignment> earliestDeadlineFirst = a -> -a.getFacts().hints().latestUsefulStart();
        Attempt best = solution.getProblem().startingRoadmap() == null
                ? bestNeededPass(solution, earliestDeadlineFirst, priority)
                : fromStartingRoadmap(solution, earliestDeadlineFirst);
        best.place(a -> !isNeeded(a), priority, a -> best.schedule.fittingStart(a, null, 0,
                objective == Objective.MIN_MAKESPAN));
        for (ComponentAssignment assignment : assignments) {
            if (!assignment.isPinned()) {
                scoreDirector.beforeVariableChanged(assignment, "start");
                assignment.setStart(best.schedule.startOf(assignment));
                scoreDirector.afterVariableChanged(assignment, "start");
            }
            int option = best.schedule.fundingOptionOf(assignment);
            if (option != assignment.getFundingOption()) {
                scoreDirector.beforeVariableChanged(assignment, "fundingOption");
                assignment.setFundingOption(option);
                scoreDirector.afterVariableChanged(assignment, "fundingOption");
            }
        }
        scoreDirector.triggerVariableListeners();
        solution.markConstructed();
    }

    /**
     * The needed components placed, pinned ones at their pin: by earliest deadline, then by value density, then in
     * shuffled orders with some random starts, until one attempt places them all; the attempt that placed most.
     */
    private static Attempt bestNeededPass(RoadmapSolution solution,
            ToDoubleFunction<ComponentAssignment> earliestDeadlineFirst, ToDoubleFunction<ComponentAssignment> priority) {
        List<ComponentAssignment> assignments = solution.getAssignments();
        Random random = new Random(SHUFFLE_SEED);
        Attempt best = null;
        long attempts = Math.max(1, Math.min(MAX_NEEDED_PASS_ATTEMPTS,
                RETRY_WORK_BUDGET / ((long) assignments.size() * solution.getHorizon())));
        long neededToPlace = assignments.stream().filter(a -> isNeeded(a) && !a.isPinned()).count();
        for (int attempt = 0; attempt < attempts; attempt++) {
            ToDoubleFunction<ComponentAssignment> order = switch (attempt) {
                case 0 -> earliestDeadlineFirst;
                case 1 -> priority;
                default -> shuffled(random);
            };
            // Retries also try later starts: a roadmap that fits every need may have to leave early money unused.
            Random randomStarts = attempt < 2 ? null : random;
            Attempt candidate = new Attempt(solution);
            candidate.place(GreedyConstruction::isNeeded, order,
                    a -> candidate.schedule.fittingStart(a, randomStarts, RANDOM_START_PROBABILITY, false));
            if (best == null || candidate.placed > best.placed) {
                best = candidate;
            }
            if (best.placed == neededToPlace) {
                break;
            }
        }
        return best;
    }

    /**
     * The starting roadmap's needed components where they start there and still fit, then the needed components it
     * leaves out, by earliest deadline, then its optional components where they still fit: a roadmap that no longer
     * fits is repaired around what must be scheduled, and one that fits is kept whole.
     */
    private static Attempt fromStartingRoadmap(RoadmapSolution solution,
            ToDoubleFunction<ComponentAssignment> earliestDeadlineFirst) {
        Map<Integer, Integer> starting = solution.getProblem().startingRoadmap();
        Attempt attempt = new Attempt(solution);
        ToDoubleFunction<ComponentAssignment> planOrder = a -> -a.getIndex();
        Function<ComponentAssignment, Integer> startingStart = a -> attempt.startIfAllowed(a, starting.get(a.getIndex()));
        attempt.place(a -> isNeeded(a) && starting.containsKey(a.getIndex()), planOrder, startingStart);
        attempt.place(GreedyConstruction::isNeeded, earliestDeadlineFirst, a -> attempt.schedule.firstFittingStart(a));
        attempt.place(a -> starting.containsKey(a.getIndex()), planOrder, startingStart);
        return attempt;
    }

    private static boolean isNeeded(ComponentAssignment assignment) {
        return assignment.getFacts().hints().needed();
    }

    private static ToDoubleFunction<ComponentAssignment> shuffled(Random random) {
        Map<ComponentAssignment, Double> keys = new HashMap<>();
        return a -> keys.computeIfAbsent(a, k -> random.nextDouble());
    }

    /** One construction: a roadmap from scratch (pinned components at their pin) and how many it placed. */
    private static final class Attempt {

        private final RoadmapSolution solution;
        private final PartialSchedule schedule;
        private int placed;

        Attempt(RoadmapSolution solution) {
            this.solution = solution;
            this.schedule = PartialSchedule.withPinnedOnly(solution);
        }

        /**
         * Places the components of this pass not placed yet in topological order, the highest {@code order} first
         * among the ready ones, each at the start {@code startOf} chooses for it ({@code null}: deferred).
         */
        void place(Predicate<ComponentAssignment> inPass, ToDoubleFunction<ComponentAssignment> order,
                Function<ComponentAssignment, Integer> startOf) {
            PriorityQueue<ComponentAssignment> ready = new PriorityQueue<>(
                    Comparator.comparingDouble(order).reversed().thenComparingInt(ComponentAssignment::getIndex));
            List<ComponentAssignment> assignments = solution.getAssignments();
            int[] waiting = new int[assignments.size()];
            boolean[] pass = new boolean[assignments.size()];
            assignments.forEach(a -> pass[a.getIndex()] = inPass.test(a) && schedule.startOf(a) == null);
            Predicate<ComponentAssignment> placeable = a -> pass[a.getIndex()];
            for (ComponentAssignment assignment : assignments) {
                if (placeable.test(assignment)) {
                    waiting[assignment.getIndex()] = (int) assignment.getFacts().predecessors().stream()
                            .filter(link -> placeable.test(solution.assignment(link.component()))).count();
                    if (waiting[assignment.getIndex()] == 0) {
                        ready.add(assignment);
                    }
                }
            }
            while (!ready.isEmpty()) {
                ComponentAssignment assignment = ready.poll();
                Integer start = startOf.apply(assignment);
                if (start != null) {
                    schedule.place(assignment, start);
                    placed++;
                }
                for (Link link : assignment.getFacts().successors()) {
                    ComponentAssignment successor = solution.assignment(link.component());
                    if (placeable.test(successor) && --waiting[successor.getIndex()] == 0) {
                        ready.add(successor);
                    }
                }
            }
        }

        /** {@code start} when the component may start there beside what is placed and fits; else {@code null}. */
        Integer startIfAllowed(ComponentAssignment assignment, Integer start) {
            Integer earliest = schedule.starts().earliestAllowedStart(assignment);
            boolean allowed = start != null && earliest != null && start >= earliest
                    && start <= schedule.starts().latestAllowedStart(assignment) && schedule.fits(assignment, start);
            return allowed ? start : null;
        }
    }
}
