package vn.lotrinh.planner.core.roadmap;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * The result of a solve: one {@link Assignment} per component, in plan order.
 *
 * @param score the solver's score, e.g. {@code 0hard/0medium/880soft}
 * @param feasible whether no hard rule is broken
 * @param objectiveValue the objective recomputed by the spec's formula
 * @param violations every broken hard rule in both languages, empty for a feasible roadmap
 * @param changes for a re-plan, every component whose place differs from the baseline's, in plan order; else empty
 * @param optimality what the exact search proves about this roadmap: optimal, within a gap of its bound, or unknown
 */
public record Roadmap(
        Objective objective,
        String score,
        boolean feasible,
        BigDecimal objectiveValue,
        List<Assignment> assignments,
        List<Text> violations,
        List<Change> changes,
        Optimality optimality) {

    /** What a roadmap says of its optimality before anything is proven about it. */
    public static final Optimality NOT_PROVEN = Optimality.unknown(Text.of(
            "no exact search has bounded this roadmap", "chưa có tìm kiếm chính xác nào xác lập cận cho lộ trình này"));

    public Roadmap {
        assignments = List.copyOf(assignments);
        violations = List.copyOf(violations);
        // A roadmap stored before re-plans existed has none.
        changes = changes == null ? List.of() : List.copyOf(changes);
        // Nor one stored before optimality was reported.
        optimality = optimality == null ? NOT_PROVEN : optimality;
    }

    /** A roadmap that is no re-plan, with nothing proven about it. */
    public Roadmap(Objective objective, String score, boolean feasible, BigDecimal objectiveValue,
            List<Assignment> assignments, List<Text> violations) {
        this(objective, score, feasible, objectiveValue, assignments, violations, List.of(), NOT_PROVEN);
    }

    /** The same roadmap with what is proven about it. */
    public Roadmap withOptimality(Optimality proven) {
        return new Roadmap(objective, score, feasible, objectiveValue, assignments, violations, changes, proven);
    }

    /**
     * The funding option chosen for each scheduled component that may be paid from several, by component id: the
     * plan to check, project and export this roadmap against is {@code plan.withFunding(fundingChoices())}.
     */
    public Map<String, Integer> fundingChoices() {
        Map<String, Integer> choices = new HashMap<>();
        assignments.stream().filter(a -> a.fundingOption() != null)
                .forEach(a -> choices.put(a.componentId(), a.fundingOption()));
        return choices;
    }

    /** Start period index by component id; deferred components map to {@code null}. */
    public Map<String, Integer> starts() {
        Map<String, Integer> starts = new HashMap<>();
        assignments.forEach(a -> starts.put(a.componentId(), a.start()));
        return starts;
    }
}
