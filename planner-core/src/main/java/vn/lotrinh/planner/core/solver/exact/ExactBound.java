package vn.lotrinh.planner.core.solver.exact;

/**
 * A bound the exact search proved: no roadmap that keeps every rule and schedules at least {@code mustScheduled}
 * {@code MUST} components has an objective (in exact units, see {@link ExactObjective}) above {@code value}.
 *
 * @param mostMust whether it is also proven that no roadmap schedules more {@code MUST} components: only then does
 *     the bound hold for every roadmap that ranks as high on the {@code MUST} components
 */
public record ExactBound(long value, long mustScheduled, boolean mostMust) {

    /** Whether the bound holds for a roadmap that schedules {@code mustScheduled} {@code MUST} components. */
    public boolean covers(long roadmapMustScheduled) {
        return mostMust && roadmapMustScheduled == mustScheduled;
    }
}
