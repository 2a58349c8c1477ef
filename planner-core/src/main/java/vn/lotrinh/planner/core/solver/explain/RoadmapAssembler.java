package vn.lotrinh.planner.core.solver.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.Change;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Turns a solved planning problem back into a {@link Roadmap} of the plan, with deferrals and violations explained.
 * Thread-safe: every assembly works on a score director and a copy of the solution of its own.
 */
public final class RoadmapAssembler {

    private final ScoredCopies copies;

    public RoadmapAssembler(ScoredCopies copies) {
        this.copies = copies;
    }

    public Roadmap assemble(Plan plan, RoadmapSolution solution) {
        IntFunction<String> label = plan.calendar()::label;
        Set<Text> violations;
        HardMediumSoftLongScore score;
        Map<String, List<Text>> reasons;
        List<Change> changes;
        try (InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector = copies.open(solution)) {
            score = scoreDirector.getWorkingSolution().getScore();
            StartTrials trials = new StartTrials(scoreDirector, label);
            violations = trials.alreadyBroken();
            reasons = DeferralExplainer.explain(scoreDirector.getWorkingSolution(), trials, label);
            changes = solution.getProblem().replan()
                    ? ChangeExplainer.changes(scoreDirector.getWorkingSolution(), trials, label)
                    : List.of();
        }
        List<Assignment> assignments = new ArrayList<>();
        List<Component> components = plan.components();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            ComponentAssignment assignment = solution.getAssignments().get(i);
            Integer start = assignment.getStart();
            assignments.add(start == null
                    ? Assignment.deferred(component.id(), reasons.getOrDefault(component.id(), List.of()))
                    : scheduled(plan, component, start, assignment.getFundingOption()));
        }
        return new Roadmap(solution.getObjective(), score.toString(), score.isFeasible(),
                objectiveValue(plan, solution), assignments, List.copyOf(violations), changes, Roadmap.NOT_PROVEN);
    }

    private static Assignment scheduled(Plan plan, Component component, int start, int fundingOption) {
        int finish = start + component.durationPeriods() - 1;
        String phase = plan.phaseOf(start).map(Phase::id).orElse(null);
        return new Assignment(component.id(), plan.calendar().label(start), plan.calendar().label(finish),
                plan.calendar().label(finish + 1), start, finish, phase, false, List.of(),
                component.fundingOptions().get(fundingOption),
                component.hasFundingChoice() ? fundingOption : null);
    }

    /** The objective by the spec's formula, from the starts alone (not from the score). */
    private static BigDecimal objectiveValue(Plan plan, RoadmapSolution solution) {
        Objective objective = solution.getObjective();
        int horizon = plan.horizon();
        BigDecimal total = BigDecimal.ZERO;
        int makespan = 0;
        for (int i = 0; i < plan.components().size(); i++) {
            Integer start = solution.getAssignments().get(i).getStart();
            if (start == null) {
                continue;
            }
            Component component = plan.components().get(i);
            int end = start + component.durationPeriods();
            makespan = Math.max(makespan, end);
            BigDecimal value = BigDecimal.valueOf(component.value());
            total = switch (objective) {
                case VALUE_OVER_TIME -> total.add(value.multiply(BigDecimal.valueOf(horizon - end + 1L)));
                case MAX_VALUE -> total.add(value);
                case MIN_MAKESPAN -> total;
            };
        }
        BigDecimal result = objective == Objective.MIN_MAKESPAN ? BigDecimal.valueOf(-makespan) : total;
        result = result.stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }
}
