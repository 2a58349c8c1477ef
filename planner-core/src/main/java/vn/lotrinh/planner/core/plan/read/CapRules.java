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
        return eachCap(plan.member("budgets"), Text.of("a list of budgets", "một danh sách ngân sách"),
                Text.of("budget", "ngân sách"), Text.of("an object with fundingSource, period or phase, and amount",
                        "một đối tượng có fundingSource, period hoặc phase, và amount"), this::budget);
    }

    /** The capacities, in document order; complete when the document is clean. */
    List<Capacity> capacities(Scope plan) {
        return eachCap(plan.member("capacities"), Text.of("a list of capacities", "một danh sách năng lực"),
                Text.of("capacity", "năng lực"), Text.of("an object with resource, an optional period, and amount",
                        "một đối tượng có resource, period (tùy chọn) và amount"), this::capacity);
    }

    /**
     * Reads each cap of an optional list with {@code read}, which also gets the pointer to the first cap of each
     * (funding source or resource, what it caps), to refuse a second one.
     */
    private <T> List<T> eachCap(Located at, Text allowed, Text what, Text itemAllowed,
            BiFunction<Scope, Map<String, String>, T> read) {
        JsonNode list = checks.array(at, false, allowed);
        if (list == null) {
            return List.of();
        }
        Map<String, String> firstPointerByCap = new HashMap<>();
        return checks.eachObject(list, at.pointer(), what, itemAllowed, cap -> read.apply(cap, firstPointerByCap));
    }

    private Budget budget(Scope budget, Map<String, String> firstPointerByCap) {
        String source = reference(budget.member("fundingSource"), declarations.fundingSourceIds(),
                Text.of("funding sources", "nguồn vốn"));
        BigDecimal amount = checks.amount(budget.member("amount"), true);
        String phase = null;
        Integer period = null;
        Text capped = null;
        if (budget.has("period") && budget.has("phase")) {
            checks.report(budget.pointer(), Text.of(
                    "a budget caps either one period or one phase, not both: remove period or phase",
                    "một ngân sách giới hạn hoặc một kỳ hoặc một giai đoạn, không cả hai: bỏ period hoặc phase"));
        } else if (budget.has("phase")) {
            phase = reference(budget.member("phase"), declarations.phaseIds(), Text.of("phases", "giai đoạn"));
            capped = phase == null ? null : Text.format("phase {0}", "giai đoạn {0}", Checks.quote(phase));
        } else if (budget.has("period")) {
            period = checks.period(budget.member("period"), true, calendar);
            capped = period == null ? null : Text.verbatim(calendar.label(period));
        } else {
            checks.report(budget.pointer(), Text.of("a budget must name the period or the phase it caps",
                    "một ngân sách phải nêu kỳ hoặc giai đoạn mà nó giới hạn"));
        }
        if (source != null && capped != null) {
            String first = firstPointerByCap.putIfAbsent(source + "\u0000" + capped.english(), budget.pointer());
            if (first != null) {
                checks.report(budget.pointer(), Text.format(
                        "funding source {0} already has a budget for {1} ({2}): give each funding source one budget"
                                + " per {3}",
                        "nguồn vốn {0} đã có ngân sách cho {1} ({2}): mỗi nguồn vốn chỉ có một ngân sách cho mỗi {3}",
                        Checks.quote(source), capped, first, budget.has("phase")
                                ? Text.of("phase", "giai đoạn") : Text.of("period", "kỳ")));
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
        String resource = reference(capacity.member("resource"), declarations.resourceIds(),
                Text.of("resources", "nguồn lực"));
        BigDecimal amount = checks.quantity(capacity.member("amount"), true);
        Integer period = checks.period(capacity.member("period"), false, calendar);
        boolean everyPeriod = !capacity.has("period");
        if (resource != null && (period != null || everyPeriod)) {
            String first = firstPointerByCap.putIfAbsent(resource + "\u0000" + period, capacity.pointer());
            if (first != null) {
                checks.report(capacity.pointer(), Text.format(
                        "resource {0} already has a capacity for {1} ({2}): {3}",
                        "nguồn lực {0} đã có năng lực cho {1} ({2}): {3}", Checks.quote(resource),
                        everyPeriod ? Text.of("every period", "mọi kỳ") : calendar.label(period), first, everyPeriod
                                ? Text.of("give each resource at most one capacity without a period",
                                        "mỗi nguồn lực có nhiều nhất một năng lực không nêu kỳ")
                                : Text.of("give each resource one capacity per period",
                                        "mỗi nguồn lực chỉ có một năng lực cho mỗi kỳ")));
            }
        }
        return checks.isClean() ? new Capacity(resource, period, Money.toMilli(amount)) : null;
    }

    /** A required id that must name one of {@code known}; {@code known == null} skips the look-up. */
    private String reference(Located at, Set<String> known, Text kinds) {
        String id = checks.text(at, true, Text.format("the id of one of the plan's {0}", "id của một trong các {0}"
                + " của kế hoạch", kinds));
        if (id == null) {
            return null;
        }
        if (known != null && !known.contains(id)) {
            checks.report(at.pointer(), Text.format("{0}{1} {2} is not one of the plan's {3} ({4})",
                    "{0}{1} {2} không phải là một trong các {3} của kế hoạch ({4})", at.subject(), at.label(),
                    Checks.quote(id), kinds, Checks.listIds(known)));
            return null;
        }
        return id;
    }
}
