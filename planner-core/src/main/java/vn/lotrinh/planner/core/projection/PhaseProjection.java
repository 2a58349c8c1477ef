package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The money of one phase, in plan money units.
 *
 * @param phase the phase id
 * @param firstPeriod label of the phase's first period; {@code lastPeriod} of its last
 * @param figures the sums of its periods' figures ({@code nominal} and {@code presentValue} as sums of the rounded
 *     period figures), each funding source's spending against the phase's cap, and the risk of the phase total
 */
public record PhaseProjection(
        String phase,
        String name,
        String firstPeriod,
        String lastPeriod,
        @JsonUnwrapped SpanFigures figures) {
}
