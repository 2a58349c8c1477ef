package vn.lotrinh.planner.core.solver.exact;

import java.util.Map;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.Placement;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;

/**
 * The objective in the exact search's units, maximised: under {@code VALUE_OVER_TIME} and {@code MAX_VALUE} the soft
 * score (scaled values, as in {@link ComponentFacts#scaledValue}, with the framework preference's bonus); under
 * {@code MIN_MAKESPAN} {@code −makespan}.
 */
public final class ExactObjective {

    private ExactObjective() {
    }

    /** What a component is worth started at {@code start}, under a value objective, with its framework bonus. */
    static long weight(Objective objective, ComponentFacts facts, int start, int horizon) {
        long value = Math.addExact(facts.scaledValue(), facts.scaledFrameworkBonus());
        return switch (objective) {
            case VALUE_OVER_TIME -> Math.multiplyExact(value,
                    (long) Math.max(0, horizon - start - facts.durationPeriods() + 1));
            case MAX_VALUE -> value;
            case MIN_MAKESPAN -> throw new IllegalArgumentException("MIN_MAKESPAN has no weight per component");
        };
    }

    /** The objective of a roadmap given as placement by component index (deferred components absent). */
    public static long of(RoadmapProblem problem, Map<Integer, Placement> placementsByIndex) {
        long sum = 0;
        int makespan = 0;
        for (Map.Entry<Integer, Placement> scheduled : placementsByIndex.entrySet()) {
            ComponentFacts facts = problem.components().get(scheduled.getKey());
            int start = scheduled.getValue().start();
            if (problem.objective() == Objective.MIN_MAKESPAN) {
                makespan = Math.max(makespan, start + facts.durationPeriods());
            } else {
                sum = Math.addExact(sum, weight(problem.objective(), facts, start, problem.horizon()));
            }
        }
        return problem.objective() == Objective.MIN_MAKESPAN ? -makespan : sum;
    }
}
