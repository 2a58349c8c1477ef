package vn.lotrinh.planner.core.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * Builds a first roadmap that breaks no budget, capacity, dependency or window: a serial schedule generation scheme.
 * Components needed by a {@code MUST} component go first, then the others by value density; each takes the earliest
 * start at which it fits beside what is already placed, or is deferred. Under {@code MIN_MAKESPAN} an optional
 * component is placed only where it does not extend the programme.
 */
public class GreedyConstruction implements CustomPhaseCommand<RoadmapSolution> {

    @Override
    public void changeWorkingSolution(ScoreDirector<RoadmapSolution> scoreDirector) {
        RoadmapSolution solution = scoreDirector.getWorkingSolution();
        List<ComponentAssignment> assignments = solution.getAssignments();
        SpendingLedger ledger = new SpendingLedger(solution);
        for (ComponentAssignment assignment : assignments) {
            if (assignment.isPinned()) {
                ledger.add(assignment, assignment.getPinnedStart());
            } else if (assignment.getStart() != null) {
                setStart(scoreDirector, assignment, null);
            }
        }
        Set<ComponentAssignment> mustClosure = mustClosure(assignments);
        Comparator<ComponentAssignment> order = order(solution);
        int[] makespan = {0};
        assignments.stream().filter(ComponentAssignment::isPinned)
                .forEach(a -> makespan[0] = Math.max(makespan[0], a.getEnd()));
        schedule(scoreDirector, assignments, mustClosure::contains, order, ledger, makespan, false);
        schedule(scoreDirector, assignments, a -> !mustClosure.contains(a), order, ledger, makespan,
                solution.getObjective() == Objective.MIN_MAKESPAN);
    }

    private static void schedule(ScoreDirector<RoadmapSolution> scoreDirector, List<ComponentAssignment> assignments,
            java.util.function.Predicate<ComponentAssignment> inPass, Comparator<ComponentAssignment> order,
            SpendingLedger ledger, int[] makespan, boolean keepWithinMakespan) {
        PriorityQueue<ComponentAssignment> ready = new PriorityQueue<>(order);
        int[] waiting = new int[assignments.size()];
        for (ComponentAssignment assignment : assignments) {
            if (!inPass.test(assignment) || assignment.isPinned()) {
                continue;
            }
            waiting[assignment.getIndex()] = (int) assignment.getPredecessors().stream()
                    .filter(p -> inPass.test(p) && !p.isPinned()).count();
            if (waiting[assignment.getIndex()] == 0) {
                ready.add(assignment);
            }
        }
        while (!ready.isEmpty()) {
            ComponentAssignment assignment = ready.poll();
            Integer start = Placement.firstFittingStart(assignment, ledger, ComponentAssignment::getStart);
            if (start != null && keepWithinMakespan && start + assignment.getDurationPeriods() > makespan[0]) {
                start = null;
            }
            if (start != null) {
                ledger.add(assignment, start);
                setStart(scoreDirector, assignment, start);
                if (!keepWithinMakespan) {
                    makespan[0] = Math.max(makespan[0], start + assignment.getDurationPeriods());
                }
            }
            for (ComponentAssignment successor : assignment.getSuccessors()) {
                if (inPass.test(successor) && !successor.isPinned() && --waiting[successor.getIndex()] == 0) {
                    ready.add(successor);
                }
            }
        }
    }

    /** MUST components and everything they transitively depend on. */
    private static Set<ComponentAssignment> mustClosure(List<ComponentAssignment> assignments) {
        Set<ComponentAssignment> closure = new HashSet<>();
        Deque<ComponentAssignment> toVisit = new ArrayDeque<>();
        assignments.stream().filter(ComponentAssignment::isMust).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            ComponentAssignment assignment = toVisit.poll();
            if (closure.add(assignment)) {
                toVisit.addAll(assignment.getPredecessors());
            }
        }
        return closure;
    }

    private static Comparator<ComponentAssignment> order(RoadmapSolution solution) {
        if (solution.getObjective() == Objective.MIN_MAKESPAN) {
            // Latest start first-come: the least slack goes first (the LST priority rule of serial SGS).
            return Comparator.comparingInt(ComponentAssignment::getLatestStart)
                    .thenComparingInt(ComponentAssignment::getEarliestStart)
                    .thenComparingInt(ComponentAssignment::getIndex);
        }
        Objective objective = solution.getObjective();
        return Comparator.comparingDouble((ComponentAssignment a) -> Placement.density(a, objective)).reversed()
                .thenComparingInt(ComponentAssignment::getIndex);
    }

    private static void setStart(ScoreDirector<RoadmapSolution> scoreDirector, ComponentAssignment assignment,
            Integer start) {
        scoreDirector.beforeVariableChanged(assignment, "start");
        assignment.setStart(start);
        scoreDirector.afterVariableChanged(assignment, "start");
        scoreDirector.triggerVariableListeners();
    }
}
