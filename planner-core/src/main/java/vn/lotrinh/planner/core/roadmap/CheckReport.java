package vn.lotrinh.planner.core.roadmap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link RoadmapChecker} found in a schedule.
 *
 * @param violations every broken hard rule, grouped by rule in the order of the hard rules' list
 * @param deferredMustComponentIds {@code MUST} components left unscheduled, in plan order; this ranks below the hard
 *     rules and is not a violation
 * @param objectiveValue the objective recomputed exactly by the spec's formula, without trailing zeros
 */
public record CheckReport(List<Violation> violations, List<String> deferredMustComponentIds, BigDecimal objectiveValue) {

    public CheckReport {
        violations = List.copyOf(violations);
        deferredMustComponentIds = List.copyOf(deferredMustComponentIds);
        Objects.requireNonNull(objectiveValue, "objectiveValue");
    }

    /** Whether no hard rule is broken. */
    public boolean feasible() {
        return violations.isEmpty();
    }
}
