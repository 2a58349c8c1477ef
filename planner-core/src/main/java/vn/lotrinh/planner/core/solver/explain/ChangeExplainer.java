package vn.lotrinh.planner.core.solver.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import vn.lotrinh.planner.core.roadmap.Change;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Says how a re-planned roadmap differs from its baseline, component by component, and why: a component that left its
 * baseline start is tried there again, beside the others as they now are; what that would break is why it had to
 * change, and when nothing would, the change was worth its cost.
 */
final class ChangeExplainer {

    private ChangeExplainer() {
    }

    /** The changes, in plan order, of the trials' working solution from the baseline its facts carry. */
    static List<Change> changes(RoadmapSolution solution, StartTrials trials, IntFunction<String> periodLabel) {
        List<Change> changes = new ArrayList<>();
        for (ComponentAssignment assignment : solution.getAssignments()) {
            Integer baseline = assignment.getFacts().baselineStart();
            Integer now = assignment.getStart();
            if (Objects.equals(baseline, now)) {
                continue;
            }
            String from = baseline == null ? null : periodLabel.apply(baseline);
            String to = now == null ? null : periodLabel.apply(now);
            if (baseline == null) {
                changes.add(new Change(assignment.getId(), null, to, Change.Kind.SCHEDULED,
                        "newly scheduled: it fits beside the others and adds value"));
                continue;
            }
            StartTrial back = trials.at(assignment, List.of(baseline)).get(0);
            String reason = back.breaches().isEmpty()
                    ? (now == null ? "deferred" : "moved") + " for a gain worth more than the change costs"
                    : "its baseline start " + from + " now breaks " + String.join("; ", trials.descriptions(
                            back.breaches()));
            changes.add(new Change(assignment.getId(), from, to,
                    now == null ? Change.Kind.DEFERRED : Change.Kind.MOVED, reason));
        }
        return changes;
    }
}
