package vn.lotrinh.planner.core.solver.explain;

import java.math.BigDecimal;

/**
 * Why a component is not at a start it could take, as data a page renders in the reader's language: which rule, which
 * cap or component, how much is needed against what is allowed. Fields a kind does not use are {@code null}. Money in
 * the plan's money unit, quantities in the resource's unit.
 *
 * @param rule the broken rule's name, as the README's constraints table names it; {@code null} for kinds that break
 *     none ({@link Kind#NO_GAIN}, {@link Kind#NOT_REACHED})
 * @param predecessor for {@link Kind#PREDECESSOR} the predecessor that stands in the way; for
 *     {@link Kind#REPLACEMENT} the component it replaces, not yet live
 * @param component the other component a reason names: for {@link Kind#PREDECESSOR} a successor that would start too
 *     early, for {@link Kind#REPLACEMENT} a component that replaces it and would start before it is live, for
 *     {@link Kind#DUPLICATE} the scheduled component that delivers the same capability
 * @param capability for {@link Kind#DUPLICATE} the catalogue codes both deliver, comma-separated
 * @param period the capped period of a budget or capacity; for {@link Kind#PREDECESSOR}, {@link Kind#REPLACEMENT} and
 *     {@link Kind#NO_START} the first period the component could start in
 * @param need what the cap would have to allow: the spending or demand with the component there
 * @param excess {@code need − cap}
 * @param unit the currency of a budget, the resource's unit of a capacity
 * @param start the start tried, as a period label
 */
public record Reason(Kind kind, String rule, String fundingSource, String resource, String predecessor,
        String component, String capability, String period, String phase, BigDecimal need, BigDecimal cap,
        BigDecimal excess, String unit, String start) {

    /** What kind of thing stands in the way. */
    public enum Kind {
        /** A period or phase budget would be exceeded. */
        BUDGET,
        /** A resource's capacity would be exceeded. */
        CAPACITY,
        /** A predecessor is deferred or finishes too late. */
        PREDECESSOR,
        /** An alternative of it is scheduled. */
        EXCLUSION,
        /** A component that delivers the same capability, neither replacing the other, is scheduled. */
        DUPLICATE,
        /** What it replaces is not live yet, or what replaces it would start before it is live. */
        REPLACEMENT,
        /** Its window does not allow the start. */
        WINDOW,
        /** It would not finish inside the horizon. */
        HORIZON,
        /** Another component's pin would be broken. */
        PIN,
        /** A {@code MUST} component would have to be deferred. */
        MUST,
        /** No start inside the horizon and its window is left once its predecessors finish. */
        NO_START,
        /** It fits there, but would not improve the objective. */
        NO_GAIN,
        /** It fits there and would improve the roadmap: the search did not get there in the time it had. */
        NOT_REACHED
    }
}
