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
 */
public record Roadmap(
        Objective objective,
        String score,
        boolean feasible,
        BigDecimal objectiveValue,
        List<Assignment> assignments,
        List<String> violations) {

    public Roadmap {
        assignments = List.copyOf(assignments);
        violations = List.copyOf(violations);
    }

    /** Start period index by component id; deferred components map to {@code null}. */
    public Map<String, Integer> starts() {
        Map<String, Integer> starts = new HashMap<>();
        assignments.forEach(a -> starts.put(a.componentId(), a.start()));
        return starts;
    }
}
