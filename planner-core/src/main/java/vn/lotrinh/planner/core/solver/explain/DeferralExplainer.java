package vn.lotrinh.planner.core.solver.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * Says, in words of both languages, why each deferred component is deferred: for a sample of the starts its window
 * allows, the hard rules that scheduling it there would newly break (which cap, in which period, by how much; which
 * predecessor is deferred or finishes too late), from {@link StartTrials}.
 */
final class DeferralExplainer {

    private DeferralExplainer() {
    }

    /**
     * Reasons by component id, for every deferred component of the trials' working solution: for a sample of the
     * starts it could take, what starting there would newly break.
     */
    static Map<String, List<Text>> explain(RoadmapSolution solution, StartTrials trials,
            IntFunction<String> periodLabel) {
        Map<String, List<Text>> reasons = new HashMap<>();
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (!assignment.isScheduled()) {
                reasons.put(assignment.getId(), reasons(solution, assignment, trials, periodLabel));
            }
        }
        return reasons;
    }

    private static List<Text> reasons(RoadmapSolution solution, ComponentAssignment assignment, StartTrials trials,
            IntFunction<String> periodLabel) {
        Timing timing = assignment.getFacts().timing();
        if (!timing.hasAnyStart()) {
            return List.of(noStartReason(solution, assignment.getFacts(), periodLabel));
        }
        List<Text> reasons = new ArrayList<>();
        for (StartTrial trial : trials.at(assignment, StartTrials.sample(timing.firstStart(), timing.lastStart()))) {
            String start = periodLabel.apply(trial.start());
            if (!trial.breaches().isEmpty()) {
                reasons.add(Text.format("starting {0} breaks {1}", "nếu bắt đầu {0} sẽ vi phạm {1}", start,
                        trials.describe(trial.breaches())));
            } else if (trial.improves()) {
                reasons.add(Text.format("starting {0} breaks no rule and would improve the roadmap: the search did "
                        + "not get there in the time it had; solve for longer", "nếu bắt đầu {0}: không vi phạm ràng "
                        + "buộc nào và làm lộ trình tốt hơn; lần giải chưa tìm tới phương án này trong thời gian cho "
                        + "phép, hãy giải lâu hơn", start));
            } else {
                reasons.add(Text.format("starting {0} breaks no rule, but would not improve the objective",
                        "nếu bắt đầu {0}: không vi phạm ràng buộc nào nhưng không cải thiện mục tiêu", start));
            }
        }
        return reasons;
    }

    private static Text noStartReason(RoadmapSolution solution, ComponentFacts facts,
            IntFunction<String> periodLabel) {
        Timing timing = facts.timing();
        String lastFinish = periodLabel.apply(timing.lastStart() + timing.durationPeriods() - 1);
        for (Link link : facts.predecessors()) {
            Timing predecessor = solution.assignment(link.component()).getFacts().timing();
            int earliestAfter = predecessor.firstStart() + predecessor.durationPeriods() + link.lagPeriods();
            if (earliestAfter == timing.firstStart()) {
                return Text.format("cannot finish by {0}: its predecessor {1} finishes in {2} at the earliest, so "
                        + "it cannot start before {3}", "không thể hoàn thành kịp {0}: hạng mục đi trước {1} sớm "
                        + "nhất hoàn thành {2}, nên không thể bắt đầu trước {3}", lastFinish,
                        solution.assignment(link.component()).getId(),
                        periodLabel.apply(predecessor.firstStart() + predecessor.durationPeriods() - 1),
                        periodLabel.apply(earliestAfter));
            }
        }
        return Text.format("cannot finish by {0}: it takes {1} periods and cannot start before {2}",
                "không thể hoàn thành kịp {0}: cần {1} kỳ và không thể bắt đầu trước {2}", lastFinish,
                timing.durationPeriods(), periodLabel.apply(timing.firstStart()));
    }
}
