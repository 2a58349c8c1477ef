package vn.lotrinh.planner.core.solver.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Rule;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;
import vn.lotrinh.planner.core.solver.explain.ConstraintSummary.Level;
import vn.lotrinh.planner.core.solver.search.PartialSchedule;

/**
 * Explains a roadmap: from the score analysis, each constraint's part of the score (every rule, and the objective's
 * constraints that match); from {@link StartTrials}, what
 * keeps each component from other starts; from {@link FixFinder}, the cheapest verified fix of each deferred one.
 * Thread-safe: every explanation works on a score director and a copy of the solution of its own.
 */
public final class RoadmapExplainer {

    private final ScoredCopies copies;

    public RoadmapExplainer(ScoredCopies copies) {
        this.copies = copies;
    }

    /** The explanation of the solution, a roadmap of the plan. */
    public Explanation explain(Plan plan, RoadmapSolution solution) {
        IntFunction<String> label = plan.calendar()::label;
        try (InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector = copies.open(solution)) {
            RoadmapSolution roadmap = scoreDirector.getWorkingSolution();
            List<ConstraintSummary> constraints = constraints(scoreDirector);
            StartTrials trials = new StartTrials(scoreDirector, label);
            ReasonMaker reasons = new ReasonMaker(plan);
            FixFinder fixes = new FixFinder(plan, roadmap, reasons);
            PartialSchedule schedule = PartialSchedule.ofWorkingSolution(roadmap);
            List<ComponentExplanation> components = new ArrayList<>();
            for (ComponentAssignment assignment : roadmap.getAssignments()) {
                components.add(assignment.isScheduled()
                        ? scheduled(assignment, schedule, trials, reasons, label)
                        : deferred(roadmap, assignment, trials, reasons, fixes));
            }
            return new Explanation(constraints, components);
        }
    }

    private static ComponentExplanation deferred(RoadmapSolution roadmap, ComponentAssignment assignment,
            StartTrials trials, ReasonMaker reasons, FixFinder fixes) {
        Timing timing = assignment.getFacts().timing();
        List<Reason> found = new ArrayList<>();
        if (!timing.hasAnyStart()) {
            found.add(reasons.noStart(roadmap, assignment.getFacts()));
        } else {
            List<StartTrial> tried = trials.at(assignment, StartTrials.sample(timing.firstStart(), timing.lastStart()));
            StartTrials.closestToFittingFirst(tried).forEach(trial -> found.addAll(reasons.of(trial, assignment)));
        }
        return new ComponentExplanation(assignment.getId(), true, null, found, fixes.find(assignment));
    }

    /** Why a scheduled component is not earlier: what each earlier start its predecessors allow would break. */
    private static ComponentExplanation scheduled(ComponentAssignment assignment, PartialSchedule schedule,
            StartTrials trials, ReasonMaker reasons, IntFunction<String> label) {
        Integer earliest = schedule.earliestAllowedStart(assignment);
        List<Reason> found = new ArrayList<>();
        if (earliest != null && !assignment.isPinned() && earliest < assignment.getStart()) {
            for (StartTrial trial : trials.at(assignment, StartTrials.sample(earliest, assignment.getStart() - 1))) {
                found.addAll(reasons.of(trial, assignment));
            }
        }
        return new ComponentExplanation(assignment.getId(), false, label.apply(assignment.getStart()), found, null);
    }

    private static List<ConstraintSummary> constraints(
            InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector) {
        List<ConstraintSummary> constraints = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : scoreDirector.getConstraintMatchTotalMap().values()) {
            HardMediumSoftLongScore score = total.getScore();
            String name = total.getConstraintName();
            Level level = level(name, score);
            long levelScore = switch (level) {
                case HARD -> score.hardScore();
                case MEDIUM -> score.mediumScore();
                case SOFT -> score.softScore();
            };
            constraints.add(new ConstraintSummary(name, level, levelScore,
                    total.getConstraintMatchCount()));
        }
        for (Rule rule : Rule.values()) {
            if (constraints.stream().noneMatch(constraint -> constraint.name().equals(rule.title()))) {
                constraints.add(new ConstraintSummary(rule.title(),
                        rule == Rule.MUST_COMPONENT_SCHEDULED ? Level.MEDIUM : Level.HARD, 0, 0));
            }
        }
        constraints.sort(Comparator.comparing(ConstraintSummary::level).thenComparing(ConstraintSummary::name));
        return constraints;
    }

    private static Level level(String constraint, HardMediumSoftLongScore score) {
        if (constraint.equals(Rule.MUST_COMPONENT_SCHEDULED.title())) {
            return Level.MEDIUM;
        }
        for (Rule rule : Rule.values()) {
            if (rule.title().equals(constraint)) {
                return Level.HARD;
            }
        }
        return score.hardScore() != 0 ? Level.HARD : score.mediumScore() != 0 ? Level.MEDIUM : Level.SOFT;
    }
}
