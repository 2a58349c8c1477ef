package vn.lotrinh.planner.core.exact;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the exact reference found for a plan under one objective.
 *
 * @param starts start period index by component id, {@code null} for a deferred component; empty when no feasible
 *     roadmap was found (the plan is infeasible, or the time ran out first)
 * @param objectiveValue the objective of that roadmap in the spec's sense (maximised; {@code −makespan} under
 *     {@code MIN_MAKESPAN}), or {@code null} when none was found
 * @param bound CP-SAT's upper bound on the objective among roadmaps that schedule as many {@code MUST} components
 *     as this one, or {@code null} when the solve ended without one
 * @param optimal whether the roadmap is proven optimal (then {@code bound} equals {@code objectiveValue})
 * @param wallTime time spent in both solve phases
 */
public record ExactResult(
        Map<String, Integer> starts,
        BigDecimal objectiveValue,
        BigDecimal bound,
        boolean optimal,
        Duration wallTime) {

    public ExactResult {
        // Map.copyOf refuses null values, and a deferred component is a null start.
        starts = Collections.unmodifiableMap(new HashMap<>(starts));
    }

    static ExactResult none(BigDecimal bound, Duration wallTime) {
        return new ExactResult(Map.of(), null, bound, false, wallTime);
    }

    /** Whether a feasible roadmap was found. */
    public boolean hasRoadmap() {
        return objectiveValue != null;
    }
}
