package vn.lotrinh.planner.core.solver.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Spending;

/**
 * The starts of a roadmap being edited: the changes made so far over a base, which is either the working solution
 * as it is or nothing placed at all. Moves read every start through {@link #startOf}, so they can reason about their
 * changes before any is applied.
 */
final class PendingStarts {

    /** A component taken out of the roadmap, and the start it had. */
    record Deferral(ComponentAssignment assignment, int formerStart) {
    }

    private final RoadmapSolution solution;
    private final boolean fromScratch;
    private final Map<ComponentAssignment, Integer> changes = new LinkedHashMap<>();
    private final Map<ComponentAssignment, Integer> fundingChanges = new LinkedHashMap<>();

    private PendingStarts(RoadmapSolution solution, boolean fromScratch) {
        this.solution = solution;
        this.fromScratch = fromScratch;
    }

    /** Changes over the working solution's starts. */
    static PendingStarts overWorkingSolution(RoadmapSolution solution) {
        return new PendingStarts(solution, false);
    }

    /** Changes over a roadmap with nothing placed. */
    static PendingStarts fromScratch(RoadmapSolution solution) {
        return new PendingStarts(solution, true);
    }

    RoadmapSolution solution() {
        return solution;
    }

    /** The start as changed so far; {@code null}: deferred. */
    Integer startOf(ComponentAssignment assignment) {
        if (changes.containsKey(assignment)) {
            return changes.get(assignment);
        }
        return fromScratch ? null : assignment.getStart();
    }

    void set(ComponentAssignment assignment, Integer start) {
        changes.put(assignment, start);
    }

    /** The funding option as changed so far. */
    int fundingOptionOf(ComponentAssignment assignment) {
        return fundingChanges.getOrDefault(assignment, assignment.getFundingOption());
    }

    void setFundingOption(ComponentAssignment assignment, int option) {
        if (option == assignment.getFundingOption()) {
            fundingChanges.remove(assignment);
        } else {
            fundingChanges.put(assignment, option);
        }
    }

    /** What the component draws on the caps, paid from its funding option as changed so far. */
    Spending spendingOf(ComponentAssignment assignment) {
        return assignment.getFacts().spending(fundingOptionOf(assignment));
    }

    boolean isChanged(ComponentAssignment assignment) {
        return changes.containsKey(assignment);
    }

    /**
     * Defers the component and every component that transitively depends on it (pinned ones stay, and so does what
     * depends only through them). Returns those that were scheduled, in the order they were reached.
     */
    List<Deferral> deferWithSuccessors(ComponentAssignment assignment) {
        List<Deferral> deferred = new ArrayList<>();
        Set<ComponentAssignment> reached = new HashSet<>();
        Deque<ComponentAssignment> toDefer = new ArrayDeque<>();
        toDefer.add(assignment);
        while (!toDefer.isEmpty()) {
            ComponentAssignment next = toDefer.poll();
            if (next.isPinned() || !reached.add(next)) {
                continue;
            }
            Integer start = startOf(next);
            if (start != null) {
                deferred.add(new Deferral(next, start));
                set(next, null);
            }
            next.getFacts().successors().forEach(link -> toDefer.add(solution.assignment(link.component())));
        }
        return deferred;
    }

    /**
     * The component preceded by its deferred predecessors, transitively, in an order that keeps every dependency:
     * what has to be scheduled, first to last, for this one to be.
     */
    List<ComponentAssignment> withDeferredPredecessors(ComponentAssignment assignment) {
        List<ComponentAssignment> chain = new ArrayList<>();
        addDeferredPredecessorsFirst(assignment, chain);
        return chain;
    }

    private void addDeferredPredecessorsFirst(ComponentAssignment assignment, List<ComponentAssignment> chain) {
        if (chain.contains(assignment)) {
            return;
        }
        for (Link link : assignment.getFacts().predecessors()) {
            ComponentAssignment predecessor = solution.assignment(link.component());
            if (startOf(predecessor) == null) {
                addDeferredPredecessorsFirst(predecessor, chain);
            }
        }
        chain.add(assignment);
    }

    /**
     * The first start after every predecessor has finished plus its lag, or {@code null} when a predecessor or an
     * alternative rules the component out (a deferred predecessor, a scheduled alternative).
     */
    Integer earliestAllowedStart(ComponentAssignment assignment) {
        ComponentFacts facts = assignment.getFacts();
        for (int alternative : facts.alternatives()) {
            if (startOf(solution.assignment(alternative)) != null) {
                return null;
            }
        }
        for (Link link : facts.predecessors()) {
            if (startOf(solution.assignment(link.component())) == null) {
                return null;
            }
        }
        return Math.max(facts.timing().firstStart(), startAfterScheduledPredecessors(assignment));
    }

    /**
     * The first start after every scheduled predecessor has finished plus its lag, and every scheduled component it
     * replaces has finished; 0 when none is scheduled. Deferred predecessors are ignored: callers decide what a
     * deferred one means.
     */
    int startAfterScheduledPredecessors(ComponentAssignment assignment) {
        int earliest = 0;
        for (Link link : assignment.getFacts().predecessors()) {
            earliest = Math.max(earliest, endOfScheduled(link.component()) + link.lagPeriods());
        }
        for (int older : assignment.getFacts().replaces()) {
            earliest = Math.max(earliest, endOfScheduled(older));
        }
        return earliest;
    }

    /** The period after the component finishes, 0 when it is deferred. */
    private int endOfScheduled(int index) {
        ComponentAssignment other = solution.assignment(index);
        Integer start = startOf(other);
        return start == null ? 0 : start + other.getFacts().durationPeriods();
    }

    /**
     * The latest start in the component's range at which it finishes before every scheduled component that replaces
     * it starts.
     */
    int latestAllowedStart(ComponentAssignment assignment) {
        ComponentFacts facts = assignment.getFacts();
        int latest = facts.timing().lastStart();
        for (int newer : facts.replacedBy()) {
            Integer newerStart = startOf(solution.assignment(newer));
            if (newerStart != null) {
                latest = Math.min(latest, newerStart - facts.durationPeriods());
            }
        }
        return latest;
    }

    /**
     * The latest start in the component's range that lets every scheduled successor start where it is (after this
     * one finishes plus the successor's lag), and every scheduled replacement of it. Deferred successors are ignored.
     */
    int latestStartBeforeScheduledSuccessors(ComponentAssignment assignment) {
        ComponentFacts facts = assignment.getFacts();
        int latest = latestAllowedStart(assignment);
        for (Link link : facts.successors()) {
            Integer successorStart = startOf(solution.assignment(link.component()));
            if (successorStart != null) {
                latest = Math.min(latest, successorStart - facts.durationPeriods() - link.lagPeriods());
            }
        }
        return latest;
    }

    /** The first period after every scheduled component has finished: the programme's makespan, 0 when empty. */
    int makespan() {
        int makespan = 0;
        for (ComponentAssignment assignment : solution.getAssignments()) {
            Integer start = startOf(assignment);
            if (start != null) {
                makespan = Math.max(makespan, start + assignment.getFacts().durationPeriods());
            }
        }
        return makespan;
    }

    /** A move to the starts and funding options as changed. */
    MultiStartChangeMove toMove() {
        return MultiStartChangeMove.of(changes, fundingChanges);
    }
}
