package vn.lotrinh.planner.core.solver.search;

import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * How much a component is worth per unit of the means it takes, for ordering insertions: its objective contribution
 * at its earliest start over its footprint. Under {@code MIN_MAKESPAN} the longest chain of work still ahead of it
 * (the latest-finish-time rule of project scheduling).
 */
final class ValueDensity {

    /** Keeps densities finite for components that take nothing scarce. */
    private static final double FOOTPRINT_FLOOR = 1e-6;

    private ValueDensity() {
    }

    static double of(ComponentFacts facts, Objective objective) {
        Timing timing = facts.timing();
        double footprint = FOOTPRINT_FLOOR + facts.hints().footprint();
        return switch (objective) {
            case VALUE_OVER_TIME -> (facts.scaledValue() * (double) Math.max(1,
                    timing.horizon() - timing.firstStart() - timing.durationPeriods() + 1) + 1.0) / footprint;
            case MAX_VALUE -> (facts.scaledValue() + 1.0) / footprint;
            case MIN_MAKESPAN -> facts.hints().criticalTailPeriods();
        };
    }
}
