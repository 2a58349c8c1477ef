package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Capacity;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * The rules for the caps: budgets of a funding source over a period or a phase, and capacities of a resource in one
 * period or in every period, at most one of each per funding source or resource and what it caps.
 */
final class CapRules {

    private final Checks checks;
    private final Declarations declarations;
    private final PlanCalendar calendar;

    CapRules(Checks checks, Declarations declarations) {
        this.checks = checks;
        this.declarations = declarations;
        this.calendar = declarations.calendar();
    }

    /** The budgets, in document order; complete when the document is clean. */
    List<Budget> budgets(Scope plan) {
        return eachCap(plan.member("budgets"), "a list of budgets", "budget",
                "an object with fundingSource, period or phase, and amount", this::budget);
    }

    /** The capacities, in document order; complete when the document is clean. */
    List<Capacity> capacities(Scope plan) {
        return eachCap(plan.member("capacities"), "a list of capacities", "capacity",
                "an object with resource, an optional period, and amount", this::capacity);
    }

    /**
     * Reads each cap of an optional list with {@code read}, which also gets the pointer to the first cap of each
     * (funding source or resource, what it caps), to refuse a second one.
     */
    private <T> List<T> eachCap(Located at, String allowed, String what, String itemAllowed,
            BiFunction<Scope, Map<String, String>, T> read) {
        JsonNode list = checks.array(at, false, allowed);
        if (list == null) {
            return List.of();
        }
        Map<String, String> firstPointerByCap = new HashMap<>();
        return checks.eachObject(list, at.pointer(), what, itemAllowed, cap -> read.apply(cap, firstPointerByCap));
    }

    private Budget budget(Scope budget, Map<String, String> firstPointerByCap) {
        String source = reference(budget.member("fundingSource"), declarations.fundingSourceIds(), "funding sources");
        BigDecimal amount = checks.amount(budget.member("amount"), true);
        String phase = null;
        Integer period = null;
        String capped = null;
        if (budget.has("period") && budget.has("phase")) {
            checks.report(budget.pointer(),
                    "a budget caps either one period or one phase, not both: remove period or phase");
        } else if (budget.has("phase")) {
            phase = reference(budget.member("phase"), declarations.phaseIds(), "phases");
            capped = phase == null ? null : "phase " + Checks.quote(phase);
        } else if (budget.has("period")) {
            period = checks.period(budget.member("period"), true, calendar);
            capped = period == null ? null : calendar.label(period);
        } else {
            checks.report(budget.pointer(), "a budget must name the period or the phase it caps");
        }
        if (source != null && capped != null) {
            String first = firstPointerByCap.putIfAbsent(source + "\u0000" + capped, budget.pointer());
            if (first != null) {
                checks.report(budget.pointer(), "funding source " + Checks.quote(source)
                        + " already has a budget for " + capped + " (" + first + "): give each funding source one"
                        + " budget per " + (budget.has("phase") ? "phase" : "period"));
            }
        }
        if (!checks.isClean()) {
            return null;
        }
        if (phase != null) {
            Phase capsPhase = declarations.phase(phase);
            return new Budget(source, null, phase, capsPhase.firstPeriod(), capsPhase.lastPeriod(),
                    Money.toMilli(amount));
        }
        return new Budget(source, calendar.label(period), null, period, period, Money.toMilli(amount));
    }

    private Capacity capacity(Scope capacity, Map<String, String> firstPointerByCap) {
        String resource = reference(capacity.member("resource"), declarations.resourceIds(), "resources");
        BigDecimal amount = checks.quantity(capacity.member("amount"), true);
        Integer period = checks.period(capacity.member("period"), false, calendar);
        boolean everyPeriod = !capacity.has("period");
        if (resource != null && (period != null || everyPeriod)) {
            String first = firstPointerByCap.putIfAbsent(resource + "\u0000" + period, capacity.pointer());
            if (first != null) {
                checks.report(capacity.pointer(), "resource " + Checks.quote(resource)
                        + " already has a capacity for " + (everyPeriod ? "every period" : calendar.label(period))
                        + " (" + first + "): " + (everyPeriod
                                ? "give each resource at most one capacity without a period"
                                : "give each resource one capacity per period"));
            }
        }
        return checks.isClean() ? new Capacity(resource, period, Money.toMilli(amount)) : null;
    }

    /** A required id that must name one of {@code known}; {@code known == null} skips the look-up. */
    private String reference(Located at, Set<String> known, String kinds) {
        String id = checks.text(at, true, "the id of one of the plan's " + kinds);
        if (id == null) {
            return null;
        }
        if (known != null && !known.contains(id)) {
            checks.report(at.pointer(), at.subject() + at.label() + " " + Checks.quote(id)
                    + " is not one of the plan's " + kinds + " (" + Checks.listIds(known) + ")");
            return null;
        }
        return id;
    }
}
