package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lotrinh.planner.core.plan.EstimateDistribution;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * The rules for everything but the components: format and name, currency and money unit, calendar, phases, funding
 * sources, resources, budgets, capacities and economics.
 */
final class SectionRules {

    static final String FORMAT = "roadmap-plan/1";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final String CURRENCY_CODE = "an ISO 4217 code of three capital letters such as \"VND\"";
    private static final BigDecimal MIN_MONEY_UNIT = new BigDecimal("0.000001");
    private static final BigDecimal MIN_RATE = new BigDecimal("-0.5");
    private static final BigDecimal MAX_RATE = BigDecimal.ONE;
    private static final String RATE = "a yearly rate from -0.5 to 1 (0.04 is 4 %)";
    private static final String YEARS = "from " + PlanValidator.MIN_YEAR + " to " + PlanValidator.MAX_YEAR;

    private final Checks checks;

    SectionRules(Checks checks) {
        this.checks = checks;
    }

    Declarations check(JsonNode document) {
        Scope plan = new Scope(document, "", "");
        String format = checks.text(plan.member("format"), true, Checks.quote(FORMAT));
        if (format != null && !format.equals(FORMAT)) {
            checks.wrong(plan.member("format"), Checks.quote(FORMAT));
        }
        checks.text(plan.member("name"), true, 1, PlanValidator.MAX_NAME_CHARS, "text of 1 to 200 characters");
        checks.text(plan.member("description"), false, "text");
        String currency = checks.text(plan.member("currency"), false, CURRENCY_CODE);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            checks.wrong(plan.member("currency"), CURRENCY_CODE);
        }
        checks.number(plan.member("moneyUnit"), false, MIN_MONEY_UNIT, PlanValidator.MAX_AMOUNT_UNITS,
                "a number from 0.000001 to 1,000,000,000,000");
        PlanCalendar calendar = calendar(plan);
        Set<String> phaseIds = phases(plan, calendar);
        Set<String> sourceIds = fundingSources(plan);
        Set<String> resourceIds = resources(plan);
        budgets(plan, calendar, sourceIds, phaseIds);
        capacities(plan, calendar, resourceIds);
        economics(plan);
        return new Declarations(calendar, sourceIds, resourceIds, phaseIds);
    }

    private PlanCalendar calendar(Scope plan) {
        Located at = plan.member("calendar");
        JsonNode node = checks.object(at, true, "an object with periodUnit, start and periods");
        if (node == null) {
            return null;
        }
        Scope calendar = new Scope(node, at.pointer(), "calendar: ");
        PeriodUnit unit = checks.choice(calendar.member("periodUnit"), true, PeriodUnit.class);
        Located startAt = calendar.member("start");
        String start = checks.text(startAt, true, startAllowed(unit));
        Integer periods = checks.whole(calendar.member("periods"), true, 1, PlanValidator.MAX_PERIODS,
                "a whole number from 1 to 600");
        if (unit == null || start == null) {
            return null;
        }
        Optional<PlanCalendar> parsed = PlanCalendar.of(unit, start, periods == null ? 1 : periods)
                .filter(c -> c.firstYear() >= PlanValidator.MIN_YEAR && c.firstYear() <= PlanValidator.MAX_YEAR);
        if (parsed.isEmpty()) {
            checks.wrong(startAt, startAllowed(unit));
            return null;
        }
        return periods == null ? null : parsed.get();
    }

    private static String startAllowed(PeriodUnit unit) {
        if (unit == null) {
            return "a period label such as \"2021\", \"2021-Q1\" or \"2021-01\"";
        }
        return switch (unit) {
            case YEAR -> "a year such as \"2021\" " + YEARS;
            case QUARTER -> "a quarter such as \"2021-Q1\" in a year " + YEARS;
            case MONTH -> "a month such as \"2021-01\" in a year " + YEARS;
        };
    }

    private Set<String> phases(Scope plan, PlanCalendar calendar) {
        Set<String> ids = new LinkedHashSet<>();
        Located at = plan.member("phases");
        JsonNode list = checks.array(at, false, "a list of phases");
        if (list == null) {
            return Checks.absent(at.value()) ? ids : null;
        }
        Map<String, String> firstPointerById = new HashMap<>();
        int[] phaseOfPeriod = calendar == null ? new int[0] : new int[calendar.periods()];
        Arrays.fill(phaseOfPeriod, -1);
        List<String> names = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Scope phase = checks.element(list, at.pointer(), i, "phase: ", "phase",
                    "an object with id, name, firstPeriod and lastPeriod");
            names.add(null);
            spans.add(null);
            if (phase == null) {
                continue;
            }
            String id = checks.id(phase.member("id"));
            if (id != null) {
                ids.add(id);
                requireUnique(id, phase, firstPointerById, "phase");
            }
            names.set(i, id == null ? "phase " + phase.pointer() : "phase " + Checks.quote(id));
            phase = phase.withSubject(names.get(i) + ": ");
            checks.text(phase.member("name"), true, "text");
            Integer first = checks.period(phase.member("firstPeriod"), true, calendar);
            Integer last = checks.period(phase.member("lastPeriod"), true, calendar);
            if (first == null || last == null) {
                continue;
            }
            if (first > last) {
                checks.report(phase.pointerTo("lastPeriod"), phase.subject() + "lastPeriod " + calendar.label(last)
                        + " is before firstPeriod " + calendar.label(first));
                continue;
            }
            spans.set(i, new int[] {first, last});
            for (int period = first; period <= last; period++) {
                int other = phaseOfPeriod[period];
                if (other >= 0) {
                    checks.report(phase.pointer(), names.get(i) + " (" + span(calendar, first, last) + ") overlaps "
                            + names.get(other) + " (" + span(calendar, spans.get(other)[0], spans.get(other)[1])
                            + "): phases must not share periods");
                    break;
                }
            }
            for (int period = first; period <= last; period++) {
                if (phaseOfPeriod[period] < 0) {
                    phaseOfPeriod[period] = i;
                }
            }
        }
        return ids;
    }

    private static String span(PlanCalendar calendar, int first, int last) {
        return first == last ? calendar.label(first) : calendar.label(first) + "–" + calendar.label(last);
    }

    private Set<String> fundingSources(Scope plan) {
        Located at = plan.member("fundingSources");
        String allowed = "a list of at least one funding source";
        JsonNode list = checks.array(at, true, allowed);
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            checks.wrong(at, allowed);
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> firstPointerById = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Scope source = checks.element(list, at.pointer(), i, "funding source: ", "funding source",
                    "an object with id and name");
            if (source == null) {
                continue;
            }
            String id = checks.id(source.member("id"));
            if (id != null) {
                ids.add(id);
                requireUnique(id, source, firstPointerById, "funding source");
                source = source.withSubject("funding source " + Checks.quote(id) + ": ");
            }
            checks.text(source.member("name"), true, "text");
        }
        return ids;
    }

    private Set<String> resources(Scope plan) {
        Set<String> ids = new LinkedHashSet<>();
        Located at = plan.member("resources");
        JsonNode list = checks.array(at, false, "a list of resources");
        if (list == null) {
            return Checks.absent(at.value()) ? ids : null;
        }
        Map<String, String> firstPointerById = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Scope resource = checks.element(list, at.pointer(), i, "resource: ", "resource",
                    "an object with id, name and unit");
            if (resource == null) {
                continue;
            }
            String id = checks.id(resource.member("id"));
            if (id != null) {
                ids.add(id);
                requireUnique(id, resource, firstPointerById, "resource");
                resource = resource.withSubject("resource " + Checks.quote(id) + ": ");
            }
            checks.text(resource.member("name"), false, "text");
            checks.text(resource.member("unit"), false, "text");
        }
        return ids;
    }

    /** Reports an id that an earlier item of the same list already uses. */
    private void requireUnique(String id, Scope item, Map<String, String> firstPointerById, String kind) {
        String first = firstPointerById.putIfAbsent(id, item.pointer());
        if (first != null) {
            checks.report(item.pointerTo("id"), kind + " id " + Checks.quote(id) + " is already used by " + first
                    + ": each " + kind + " needs its own id");
        }
    }

    private void budgets(Scope plan, PlanCalendar calendar, Set<String> sourceIds, Set<String> phaseIds) {
        Located at = plan.member("budgets");
        JsonNode list = checks.array(at, false, "a list of budgets");
        if (list == null) {
            return;
        }
        Map<String, String> firstPointerByCap = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Scope budget = checks.element(list, at.pointer(), i, "budget: ", "budget",
                    "an object with fundingSource, period or phase, and amount");
            if (budget == null) {
                continue;
            }
            String source = reference(budget.member("fundingSource"), sourceIds, "funding sources");
            checks.amount(budget.member("amount"), true);
            String capped = null;
            if (budget.has("period") && budget.has("phase")) {
                checks.report(budget.pointer(),
                        "a budget caps either one period or one phase, not both: remove period or phase");
            } else if (budget.has("phase")) {
                String phase = reference(budget.member("phase"), phaseIds, "phases");
                capped = phase == null ? null : "phase " + Checks.quote(phase);
            } else if (budget.has("period")) {
                Integer period = checks.period(budget.member("period"), true, calendar);
                capped = period == null ? null : calendar.label(period);
            } else {
                checks.report(budget.pointer(), "a budget must name the period or the phase it caps");
            }
            if (source == null || capped == null) {
                continue;
            }
            String first = firstPointerByCap.putIfAbsent(source + "\u0000" + capped, budget.pointer());
            if (first != null) {
                checks.report(budget.pointer(), "funding source " + Checks.quote(source) + " already has a budget for "
                        + capped + " (" + first + "): give each funding source one budget per "
                        + (budget.has("phase") ? "phase" : "period"));
            }
        }
    }

    private void capacities(Scope plan, PlanCalendar calendar, Set<String> resourceIds) {
        Located at = plan.member("capacities");
        JsonNode list = checks.array(at, false, "a list of capacities");
        if (list == null) {
            return;
        }
        Map<String, String> firstPointerByCap = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Scope capacity = checks.element(list, at.pointer(), i, "capacity: ", "capacity",
                    "an object with resource, an optional period, and amount");
            if (capacity == null) {
                continue;
            }
            String resource = reference(capacity.member("resource"), resourceIds, "resources");
            checks.quantity(capacity.member("amount"), true);
            Integer period = checks.period(capacity.member("period"), false, calendar);
            boolean everyPeriod = !capacity.has("period");
            if (resource == null || (period == null && !everyPeriod)) {
                continue;
            }
            String first = firstPointerByCap.putIfAbsent(resource + "\u0000" + period, capacity.pointer());
            if (first != null) {
                checks.report(capacity.pointer(), "resource " + Checks.quote(resource) + " already has a capacity for "
                        + (everyPeriod ? "every period" : calendar.label(period)) + " (" + first + "): "
                        + (everyPeriod
                                ? "give each resource at most one capacity without a period"
                                : "give each resource one capacity per period"));
            }
        }
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

    private void economics(Scope plan) {
        Located at = plan.member("economics");
        JsonNode node = checks.object(at, false, "an object");
        if (node == null) {
            return;
        }
        Scope economics = new Scope(node, at.pointer(), "economics: ");
        checks.whole(economics.member("baseYear"), false, PlanValidator.MIN_YEAR, PlanValidator.MAX_YEAR,
                "a year " + YEARS);
        checks.number(economics.member("inflationRate"), false, MIN_RATE, MAX_RATE, RATE);
        checks.number(economics.member("discountRate"), false, MIN_RATE, MAX_RATE, RATE);
        checks.bool(economics.member("opexInBudget"), false);
        checks.choice(economics.member("estimateDistribution"), false, EstimateDistribution.class);
        checks.number(economics.member("costCorrelation"), false, BigDecimal.ZERO, BigDecimal.ONE,
                "a number from 0 to 1");
    }
}
