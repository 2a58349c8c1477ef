package vn.lotrinh.planner.core.roadmap;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * The result of a solve: one {@link Assignment} per component, in plan order.
 *
 * @param score the solver's score, e.g. {@code 0hard/0medium/880soft}
 * @param feasible whether no hard rule is broken
 * @param objectiveValue the objective recomputed by the spec's formula
 * @param violations every broken hard rule, empty for a feasible roadmap
 * @param changes for a re-plan, every component whose place differs from the baseline's, in plan order; else empty
 */
public record Roadmap(
        Objective objective,
        String score,
        boolean feasible,
        BigDecimal objectiveValue,
        List<Assignment> assignments,
        List<String> violations,
        List<Change> changes) {

    public Roadmap {
        assignments = List.copyOf(assignments);
        violations = List.copyOf(violations);
        // A roadmap stored before re-plans existed has none.
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A roadmap that is no re-plan. */
    public Roadmap(Objective objective, String score, boolean feasible, BigDecimal objectiveValue,
            List<Assignment> assignments, List<String> violations) {
        this(objective, score, feasible, objectiveValue, assignments, violations, List.of());
    }

    /** Start period index by component id; deferred components map to {@code null}. */
    public Map<String, Integer> starts() {
        Map<String, Integer> starts = new HashMap<>();
        assignments.forEach(a -> starts.put(a.componentId(), a.start()));
        return starts;
    }
}
