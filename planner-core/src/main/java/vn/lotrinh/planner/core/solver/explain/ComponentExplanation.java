package vn.lotrinh.planner.core.solver.explain;

import java.util.List;

/**
 * Why one component is where the roadmap has it. A deferred component: what each start it could take would break,
 * the start closest to fitting first, and its cheapest {@link Fix}. A scheduled component that starts later than its
 * window and its scheduled predecessors allow: what each earlier start would break. Any other: no reasons.
 *
 * @param start the start period label of a scheduled component, {@code null} for a deferred one
 * @param fix the cheapest verified fix of a deferred component, {@code null} for a scheduled one
 */
public record ComponentExplanation(String componentId, boolean deferred, String start, List<Reason> reasons,
        Fix fix) {

    public ComponentExplanation {
        reasons = List.copyOf(reasons);
    }
}
