package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.DependencyEntry;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.ExclusionEntry;

/**
 * The rules for each component's own fields (types, ranges, capex, funding and demand, and the references from funding
 * and demand to the plan's funding sources and resources), and the plan-wide totals that keep every sum of money in
 * a {@code long} of milli-units.
 */
final class ComponentRules {

    private static final BigDecimal SUM_TOLERANCE = new BigDecimal("1e-9");
    private static final BigDecimal MAX_VALUE = BigDecimal.valueOf(PlanValidator.MAX_VALUE);
    private static final String DURATION = "a whole number of periods from 1 to 600";
    private static final String LAG = "a whole number of periods from 0 to 600";
    private static final String TOTAL = "1,000,000,000,000,000";

    private final Checks checks;
    private final Declarations declarations;
    private BigDecimal totalCostUnits = BigDecimal.ZERO;
    private final Map<String, BigDecimal> totalDemandByResource = new LinkedHashMap<>();

    ComponentRules(Checks checks, Declarations declarations) {
        this.checks = checks;
        this.declarations = declarations;
    }

    /** Checks every component; returns the facts of those that are objects, in document order. */
    List<ComponentFacts> check(JsonNode document) {
        Located at = Located.member(document, "", "", "components");
        String allowed = "a list of at least one component";
        JsonNode list = checks.array(at, true, allowed);
        if (list == null) {
            return List.of();
        }
        if (list.isEmpty()) {
            checks.wrong(at, allowed);
            return List.of();
        }
        if (list.size() > PlanValidator.MAX_COMPONENTS) {
            checks.report(at.pointer(), "the plan has " + list.size() + " components: at most 20,000 are allowed");
            return List.of();
        }
        List<ComponentFacts> components = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Scope component = checks.element(list, at.pointer(), i, "component: ", "component",
                    "an object with at least id, name and duration");
            if (component != null) {
                components.add(component(component));
            }
        }
        checkTotals(at.pointer());
        return components;
    }

    private ComponentFacts component(Scope c) {
        String id = checks.id(c.member("id"));
        if (id != null) {
            c = c.withSubject("component " + Checks.quote(id) + ": ");
        }
        checks.text(c.member("name"), true, "text");
        checks.choice(c.member("layer"), false, Layer.class);
        Priority priority = checks.choice(c.member("priority"), false, Priority.class);
        checks.number(c.member("value"), false, BigDecimal.ZERO, MAX_VALUE, "a number from 0 to 1,000,000");
        Integer duration = checks.whole(c.member("duration"), true, 1, PlanValidator.MAX_PERIODS, DURATION);
        BigDecimal capexUnits = capex(c, duration);
        BigDecimal opexUnits = checks.amount(c.member("opexPerPeriod"), false);
        funding(c);
        demand(c, duration);
        List<DependencyEntry> dependsOn = dependsOn(c);
        List<ExclusionEntry> excludes = excludes(c);
        PlanCalendar calendar = declarations.calendar();
        Integer earliestStart = checks.period(c.member("earliestStart"), false, calendar);
        Integer latestFinish = checks.period(c.member("latestFinish"), false, calendar);
        Integer pinnedStart = checks.period(c.member("pinnedStart"), false, calendar);
        boolean timingKnown = calendar != null && duration != null
                && (earliestStart != null || !c.has("earliestStart"))
                && (latestFinish != null || !c.has("latestFinish"))
                && (pinnedStart != null || !c.has("pinnedStart"));
        if (calendar != null) {
            BigDecimal opexOverHorizon = opexUnits == null
                    ? BigDecimal.ZERO
                    : opexUnits.multiply(BigDecimal.valueOf(calendar.periods()));
            totalCostUnits = totalCostUnits.add(capexUnits).add(opexOverHorizon);
        }
        return new ComponentFacts(c.pointer(), id, priority == null ? Priority.SHOULD : priority, duration,
                dependsOn, excludes, earliestStart, latestFinish, pinnedStart, timingKnown);
    }

    /** Checks capex, capexProfile and capexByPeriod; returns the highest total capex they allow (0 when invalid). */
    private BigDecimal capex(Scope c, Integer duration) {
        boolean byPeriod = c.has("capexByPeriod");
        if (byPeriod && (c.has("capex") || c.has("capexProfile"))) {
            checks.report(c.pointerTo("capexByPeriod"), c.subject() + "capexByPeriod replaces capex and capexProfile:"
                    + " give either capexByPeriod, or capex with an optional capexProfile");
        }
        BigDecimal highest = BigDecimal.ZERO;
        Located capexAt = c.member("capex");
        if (!Checks.absent(capexAt.value())) {
            if (capexAt.value().isObject()) {
                highest = threePoint(capexAt);
            } else if (capexAt.value().isNumber()) {
                BigDecimal amount = checks.amount(capexAt, true);
                highest = amount == null ? BigDecimal.ZERO : amount;
            } else {
                checks.wrong(capexAt, "an amount, or an object {low, likely, high} of amounts");
            }
        }
        Located profileAt = c.member("capexProfile");
        JsonNode profile = checks.array(profileAt, false, "a list of shares, one per implementation period");
        if (profile != null) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean allValid = true;
            for (int k = 0; k < profile.size(); k++) {
                BigDecimal share = checks.share(new Located(profile.get(k), Pointers.element(profileAt.pointer(), k),
                        c.subject(), "each capexProfile share"), true);
                allValid &= share != null;
                sum = share == null ? sum : sum.add(share);
            }
            entryCount(profileAt, profile, duration, "share");
            if (allValid && sum.subtract(BigDecimal.ONE).abs().compareTo(SUM_TOLERANCE) > 0) {
                checks.report(profileAt.pointer(), c.subject() + "capexProfile shares must add up to 1, found " + sum);
            }
        }
        Located byPeriodAt = c.member("capexByPeriod");
        JsonNode amounts = checks.array(byPeriodAt, false, "a list of amounts, one per implementation period");
        if (amounts != null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < amounts.size(); k++) {
                BigDecimal amount = checks.amount(new Located(amounts.get(k),
                        Pointers.element(byPeriodAt.pointer(), k), c.subject(), "each capexByPeriod amount"), true);
                sum = amount == null ? sum : sum.add(amount);
            }
            entryCount(byPeriodAt, amounts, duration, "amount");
            highest = highest.max(sum);
        }
        return highest;
    }

    private BigDecimal threePoint(Located capexAt) {
        JsonNode estimate = capexAt.value();
        BigDecimal low = checks.amount(Located.member(estimate, capexAt.pointer(), capexAt.subject(), "low")
                .withLabel("capex low"), true);
        BigDecimal likely = checks.amount(Located.member(estimate, capexAt.pointer(), capexAt.subject(), "likely")
                .withLabel("capex likely"), true);
        BigDecimal high = checks.amount(Located.member(estimate, capexAt.pointer(), capexAt.subject(), "high")
                .withLabel("capex high"), true);
        if (low != null && likely != null && high != null
                && (low.compareTo(likely) > 0 || likely.compareTo(high) > 0)) {
            checks.report(capexAt.pointer(), capexAt.subject() + "capex must have low ≤ likely ≤ high, found low "
                    + low + ", likely " + likely + ", high " + high);
        }
        return high == null ? BigDecimal.ZERO : high;
    }

    private void entryCount(Located at, JsonNode list, Integer duration, String entry) {
        if (duration != null && list.size() != duration) {
            checks.report(at.pointer(), at.subject() + at.label() + " must have one " + entry
                    + " per implementation period (" + duration + "), found " + list.size());
        }
    }

    private void funding(Scope c) {
        Located at = c.member("funding");
        JsonNode funding = checks.object(at, false, "an object that gives each funding source id its share");
        if (funding == null) {
            return;
        }
        Set<String> known = declarations.fundingSourceIds();
        BigDecimal sum = BigDecimal.ZERO;
        boolean allValid = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = funding.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Located share = new Located(entry.getValue(), Pointers.member(at.pointer(), entry.getKey()),
                    c.subject(), "funding share of " + Checks.quote(entry.getKey()));
            if (known != null && !known.contains(entry.getKey())) {
                checks.report(share.pointer(), c.subject() + "funding names " + Checks.quote(entry.getKey())
                        + ", which is not one of the plan's funding sources (" + Checks.listIds(known) + ")");
            }
            BigDecimal value = checks.share(share, true);
            allValid &= value != null;
            sum = value == null ? sum : sum.add(value);
        }
        if (allValid && sum.subtract(BigDecimal.ONE).abs().compareTo(SUM_TOLERANCE) > 0) {
            checks.report(at.pointer(), c.subject() + "funding shares must add up to 1, found " + sum);
        }
    }

    private void demand(Scope c, Integer duration) {
        Located at = c.member("demand");
        JsonNode demand = checks.object(at, false, "an object that gives each resource id the amount used");
        if (demand == null) {
            return;
        }
        Set<String> known = declarations.resourceIds();
        for (Iterator<Map.Entry<String, JsonNode>> it = demand.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Located amountAt = new Located(entry.getValue(), Pointers.member(at.pointer(), entry.getKey()),
                    c.subject(), "demand for " + Checks.quote(entry.getKey()));
            if (known != null && !known.contains(entry.getKey())) {
                checks.report(amountAt.pointer(), c.subject() + "demand names " + Checks.quote(entry.getKey())
                        + ", which is not one of the plan's resources (" + Checks.listIds(known) + ")");
            }
            BigDecimal amount = checks.quantity(amountAt, true);
            if (amount != null && duration != null) {
                totalDemandByResource.merge(entry.getKey(), amount.multiply(BigDecimal.valueOf(duration)),
                        BigDecimal::add);
            }
        }
    }

    private List<DependencyEntry> dependsOn(Scope c) {
        Located at = c.member("dependsOn");
        JsonNode list = checks.array(at, false, "a list of component ids or {id, lag} objects");
        if (list == null) {
            return List.of();
        }
        List<DependencyEntry> entries = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            JsonNode entry = list.get(j);
            String entryPointer = Pointers.element(at.pointer(), j);
            if (entry.isTextual()) {
                entries.add(new DependencyEntry(entryPointer, entryPointer, entry.textValue(), 0));
            } else if (entry.isObject()) {
                Located idAt = Located.member(entry, entryPointer, c.subject(), "id").withLabel("dependsOn id");
                String id = checks.text(idAt, true, "the id of another component");
                Located lagAt = Located.member(entry, entryPointer, c.subject(), "lag");
                Integer lag = checks.whole(lagAt, false, 0, PlanValidator.MAX_PERIODS, LAG);
                if (lag == null && Checks.absent(lagAt.value())) {
                    lag = 0;
                }
                if (id != null) {
                    entries.add(new DependencyEntry(entryPointer, idAt.pointer(), id, lag));
                }
            } else {
                checks.wrong(new Located(entry, entryPointer, c.subject(), "each dependsOn entry"),
                        "a component id or an object {id, lag}");
            }
        }
        return entries;
    }

    private List<ExclusionEntry> excludes(Scope c) {
        Located at = c.member("excludes");
        JsonNode list = checks.array(at, false, "a list of component ids");
        if (list == null) {
            return List.of();
        }
        List<ExclusionEntry> entries = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            Located entry = new Located(list.get(j), Pointers.element(at.pointer(), j), c.subject(),
                    "each excludes entry");
            String id = checks.text(entry, true, "the id of another component");
            if (id != null) {
                entries.add(new ExclusionEntry(entry.pointer(), id));
            }
        }
        return entries;
    }

    /**
     * Keeps every sum the planner forms (spending over any periods, demand over any periods) far inside a {@code long}
     * of milli-units.
     */
    private void checkTotals(String componentsPointer) {
        if (totalCostUnits.compareTo(PlanValidator.MAX_TOTAL_UNITS) > 0) {
            checks.report(componentsPointer, "together the components cost " + totalCostUnits.toPlainString()
                    + " over the horizon (highest capex plus opex in every period): the planner adds up at most "
                    + TOTAL);
        }
        totalDemandByResource.forEach((resource, total) -> {
            if (total.compareTo(PlanValidator.MAX_TOTAL_UNITS) > 0) {
                checks.report(componentsPointer, "together the components use " + total.toPlainString() + " of "
                        + Checks.quote(resource) + " over their implementation: the planner adds up at most "
                        + TOTAL);
            }
        });
    }
}
