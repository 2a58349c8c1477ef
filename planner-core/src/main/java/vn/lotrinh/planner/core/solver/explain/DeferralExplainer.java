package vn.lotrinh.planner.core.solver.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;
import vn.lotrinh.planner.core.solver.score.RuleBreach;

/**
 * Says, from the score analysis, why each deferred component is deferred: for a sample of the starts its window
 * allows, the hard rules that scheduling it there would newly break (which cap, in which period, by how much; which
 * predecessor is deferred or finishes too late).
 */
final class DeferralExplainer {

    private static final int MAX_STARTS_TRIED = 8;

    private DeferralExplainer() {
    }

    /**
     * Reasons by component id, for every deferred component of the score director's working solution, whose score
     * has been calculated and whose hard breaches are {@code alreadyBroken}. Leaves every start as it found it.
     */
    static Map<String, List<String>> explain(
            InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector, Set<String> alreadyBroken,
            IntFunction<String> periodLabel) {
        Map<String, List<String>> reasons = new HashMap<>();
        for (ComponentAssignment assignment : scoreDirector.getWorkingSolution().getAssignments()) {
            if (!assignment.isScheduled()) {
                reasons.put(assignment.getId(), reasons(scoreDirector, assignment, alreadyBroken, periodLabel));
            }
        }
        return reasons;
    }

    private static List<String> reasons(InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector,
            ComponentAssignment assignment, Set<String> alreadyBroken, IntFunction<String> periodLabel) {
        if (!assignment.getFacts().timing().hasAnyStart()) {
            return List.of(noStartReason(scoreDirector.getWorkingSolution(), assignment.getFacts(), periodLabel));
        }
        HardMediumSoftLongScore deferredScore = scoreDirector.calculateScore();
        List<String> reasons = new ArrayList<>();
        for (int start : startsToTry(assignment.getFacts().timing())) {
            setStart(scoreDirector, assignment, start);
            Set<String> broken = hardBreaches(scoreDirector, periodLabel);
            HardMediumSoftLongScore scheduledScore = scoreDirector.calculateScore();
            setStart(scoreDirector, assignment, null);
            broken.removeAll(alreadyBroken);
            String when = "starting " + periodLabel.apply(start);
            if (!broken.isEmpty()) {
                reasons.add(when + " breaks " + String.join("; ", broken));
            } else if (scheduledScore.compareTo(deferredScore) > 0) {
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

    /** Every start when there are few, otherwise an even sample including the first and the last. */
    private static List<Integer> startsToTry(Timing timing) {
        int first = timing.firstStart();
        int last = timing.lastStart();
        int count = last - first + 1;
        Set<Integer> starts = new LinkedHashSet<>();
        if (count <= MAX_STARTS_TRIED) {
            for (int s = first; s <= last; s++) {
                starts.add(s);
            }
        } else {
            for (int i = 0; i < MAX_STARTS_TRIED; i++) {
                starts.add(first + (int) Math.round((double) i * (count - 1) / (MAX_STARTS_TRIED - 1)));
            }
        }
        return new ArrayList<>(starts);
    }

    private static void setStart(InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector,
            ComponentAssignment assignment, Integer start) {
        scoreDirector.beforeVariableChanged(assignment, "start");
        assignment.setStart(start);
        scoreDirector.afterVariableChanged(assignment, "start");
        scoreDirector.triggerVariableListeners();
    }

    /**
     * Descriptions of every hard constraint match in the current working solution, sorted so that the same roadmap
     * always reads the same (and a cap's periods come in calendar order).
     */
    static Set<String> hardBreaches(InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector,
            IntFunction<String> periodLabel) {
        scoreDirector.calculateScore();
        Set<String> breaches = new TreeSet<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : scoreDirector.getConstraintMatchTotalMap().values()) {
            if (total.getScore().hardScore() == 0) {
                continue;
            }
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() < 0 && match.getJustification() instanceof RuleBreach breach) {
                    breaches.add(breach.describe(periodLabel));
                }
            }
        }
        return breaches;
    }
}
