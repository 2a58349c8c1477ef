package vn.lotrinh.planner.core.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * How much of one cap a roadmap uses, for a cap that binds: a budget or capacity that keeps a deferred component out,
 * or a scheduled one from an earlier start its predecessors and window allow. Money and quantities in plan units.
 *
 * @param fundingSource the budget's funding source, or {@code null} for a capacity
 * @param resource the capacity's resource, or {@code null} for a budget
 * @param period the capped period's label, or {@code null} for a phase budget
 * @param phase the phase budget's phase, or {@code null}
 * @param headroom {@code cap − used}, negative when the roadmap breaks the cap
 * @param holdsBack the components this cap keeps deferred or later, in plan order
 */
public record CapUse(Kind kind, String fundingSource, String resource, String period, String phase, BigDecimal used,
        BigDecimal cap, BigDecimal headroom, List<String> holdsBack) {

    public CapUse {
        holdsBack = List.copyOf(holdsBack);
    }

    /** Which kind of cap. */
    public enum Kind { PERIOD_BUDGET, PHASE_BUDGET, CAPACITY }
}
