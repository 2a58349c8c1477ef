package vn.lotrinh.planner.core.solver.explain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest change found that lets a deferred component into the roadmap at {@code start}, every other assignment
 * kept: raise caps, defer other optional components, schedule deferred predecessors too — or nothing can, and why.
 * Only fixes whose roadmap, with the component inserted and the fix applied, passes the roadmap checker against the
 * plan changed by the fix are given. Money in the plan's money unit, quantities in the resource's unit.
 *
 * @param start where the component goes in, as a period label; {@code null} for {@link Kind#NONE}
 * @param budgetIncreaseTotal the sum of {@code budgetIncreases}
 * @param defer the optional components deferred instead, with what depends on them, in plan order
 * @param valueLost the objective the deferred components bring in the roadmap
 * @param valueGained the objective the component would bring at {@code start}
 * @param alsoSchedule the deferred predecessors it needs, each with its start, in the order they go in
 * @param reason for {@link Kind#NONE}, why nothing admits it
 * @param funding for a component the solver chooses the funding of, the shares by funding source the fix pays it
 *     from when they differ from the roadmap's choice; else {@code null}
 */
public record Fix(Kind kind, String componentId, String start, List<BudgetIncrease> budgetIncreases,
        BigDecimal budgetIncreaseTotal, List<CapacityIncrease> capacityIncreases, List<String> defer,
        BigDecimal valueLost, BigDecimal valueGained, List<AlsoScheduled> alsoSchedule, Reason reason,
        Map<String, Double> funding) {

    public Fix {
        funding = funding == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(funding));
        budgetIncreases = List.copyOf(budgetIncreases);
        capacityIncreases = List.copyOf(capacityIncreases);
        defer = List.copyOf(defer);
        alsoSchedule = List.copyOf(alsoSchedule);
    }

    /** What the fix changes. */
    public enum Kind {
        /** It fits at {@code start} as the plan stands: the search did not get there in the time it had. */
        FITS,
        /** It fits at {@code start} paid from another of its eligible funding options, {@code funding}. */
        FUNDING,
        /** Raise these budgets (and, where staff is short too, these capacities). */
        BUDGET,
        /** Raise these capacities. */
        CAPACITY,
        /** Defer these optional components instead: they bring less than the component would. */
        DEFER,
        /** Schedule its deferred predecessors first, with the cap increases they and it need. */
        PREDECESSOR,
        /** Nothing within the horizon and the windows admits it. */
        NONE
    }

    /** Raise a funding source's budget for a period (or a phase) by {@code amount}. */
    public record BudgetIncrease(String fundingSource, String period, String phase, BigDecimal amount) {
    }

    /** Raise a resource's capacity in a period by {@code amount}. */
    public record CapacityIncrease(String resource, String period, BigDecimal amount) {
    }

    /** A deferred predecessor the fix schedules, and where. */
    public record AlsoScheduled(String componentId, String start) {
    }
}
