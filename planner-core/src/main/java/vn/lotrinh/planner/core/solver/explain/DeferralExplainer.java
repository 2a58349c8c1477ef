package vn.lotrinh.planner.core.solver.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * Says, in words, why each deferred component is deferred: for a sample of the starts its window allows, the hard
 * rules that scheduling it there would newly break (which cap, in which period, by how much; which predecessor is
 * deferred or finishes too late), from {@link StartTrials}.
 */
final class DeferralExplainer {

    private DeferralExplainer() {
    }

    /**
     * Reasons by component id, for every deferred component of the trials' working solution: for a sample of the
     * starts it could take, what starting there would newly break.
     */
    static Map<String, List<String>> explain(RoadmapSolution solution, StartTrials trials,
            IntFunction<String> periodLabel) {
        Map<String, List<String>> reasons = new HashMap<>();
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (!assignment.isScheduled()) {
                reasons.put(assignment.getId(), reasons(solution, assignment, trials, periodLabel));
            }
        }
        return reasons;
    }

    private static List<String> reasons(RoadmapSolution solution, ComponentAssignment assignment, StartTrials trials,
            IntFunction<String> periodLabel) {
        Timing timing = assignment.getFacts().timing();
        if (!timing.hasAnyStart()) {
            return List.of(noStartReason(solution, assignment.getFacts(), periodLabel));
        }
        List<String> reasons = new ArrayList<>();
        for (StartTrial trial : trials.at(assignment, StartTrials.sample(timing.firstStart(), timing.lastStart()))) {
            String when = "starting " + periodLabel.apply(trial.start());
            if (!trial.breaches().isEmpty()) {
                reasons.add(when + " breaks " + String.join("; ", trials.descriptions(trial.breaches())));
            } else if (trial.improves()) {
                reasons.add(when + " breaks no rule and would improve the roadmap: the search did not get there in "
                        + "the time it had; solve for longer");
            } else {
                reasons.add(when + " breaks no rule, but would not improve the objective");
            }
        }
        return reasons;
    }

    private static String noStartReason(RoadmapSolution solution, ComponentFacts facts,
            IntFunction<String> periodLabel) {
        Timing timing = facts.timing();
        String lastFinish = periodLabel.apply(timing.lastStart() + timing.durationPeriods() - 1);
        for (Link link : facts.predecessors()) {
            Timing predecessor = solution.assignment(link.component()).getFacts().timing();
            int earliestAfter = predecessor.firstStart() + predecessor.durationPeriods() + link.lagPeriods();
            if (earliestAfter == timing.firstStart()) {
                return "cannot finish by " + lastFinish + ": its predecessor "
                        + solution.assignment(link.component()).getId() + " finishes in "
                        + periodLabel.apply(predecessor.firstStart() + predecessor.durationPeriods() - 1)
                        + " at the earliest, so it cannot start before " + periodLabel.apply(earliestAfter);
            }
        }
        return "cannot finish by " + lastFinish + ": it takes " + timing.durationPeriods()
                + " periods and cannot start before " + periodLabel.apply(timing.firstStart());
    }
}
