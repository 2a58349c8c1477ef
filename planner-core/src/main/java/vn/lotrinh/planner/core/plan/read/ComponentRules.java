package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.lotrinh.planner.core.plan.Capabilities;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.read.CapexRules.Capex;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.DependencyEntry;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.ExclusionEntry;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.ReplacementEntry;

/**
 * The rules for each component's own fields (types, ranges, capex, funding and demand, and the references from funding
 * and demand to the plan's funding sources and resources; scores and the value they give by {@link ScoreRules}), and
 * the plan-wide totals that keep every sum of money in a {@code long} of milli-units. Builds each component while the
 * document is clean.
 */
final class ComponentRules {

    private static final Priority DEFAULT_PRIORITY = Priority.SHOULD;
    private static final double DEFAULT_VALUE = 1.0;
    /** A dependency without a lag lets its successor start right after the predecessor's finish. */
    private static final int NO_LAG = 0;
    private static final BigDecimal MAX_VALUE = BigDecimal.valueOf(PlanValidator.MAX_VALUE);
    private static final Text DURATION = Text.of("a whole number of periods from 1 to 600",
            "một số nguyên kỳ từ 1 đến 600");
    private static final Text LAG = Text.of("a whole number of periods from 0 to 600", "một số nguyên kỳ từ 0 đến 600");
    private static final Text TOTAL = Text.of("1,000,000,000,000,000", "1.000.000.000.000.000");
    private static final Text ANOTHER_COMPONENT = Text.of("the id of another component", "id của một hạng mục khác");

    private final Checks checks;
    private final Declarations declarations;
    private final CapexRules capexRules;
    private final CapabilityRules capabilityRules;
    private final ScoreRules scoreRules;
    private BigDecimal totalCostUnits = BigDecimal.ZERO;
    private final Map<String, BigDecimal> totalDemandByResource = new LinkedHashMap<>();

    ComponentRules(Checks checks, Declarations declarations, CapabilityRules capabilityRules,
            ScoreRules scoreRules) {
        this.checks = checks;
        this.declarations = declarations;
        this.capexRules = new CapexRules(checks);
        this.capabilityRules = capabilityRules;
        this.scoreRules = scoreRules;
    }

    /** Checks every component; returns the facts of those that are objects, in document order. */
    List<ComponentFacts> check(Scope plan) {
        Located at = plan.member("components");
        JsonNode list = checks.nonEmptyArray(at, Text.of("a list of at least one component",
                "một danh sách có ít nhất một hạng mục"));
        if (list == null) {
            return List.of();
        }
        if (list.size() > PlanValidator.MAX_COMPONENTS) {
            checks.report(at.pointer(), Text.format("the plan has {0} components: at most 20,000 are allowed",
                    "kế hoạch có {0} hạng mục: tối đa là 20.000", list.size()));
            return List.of();
        }
        List<ComponentFacts> components = checks.eachObject(list, at.pointer(), Text.of("component", "hạng mục"),
                Text.of("an object with at least id, name and duration", "một đối tượng có ít nhất id, name và"
                        + " duration"), this::component);
        checkTotals(at.pointer());
        return components;
    }

    private ComponentFacts component(Scope c) {
        String id = checks.id(c.member("id"));
        if (id != null) {
            c = c.withSubject(Text.format("component {0}: ", "hạng mục {0}: ", Checks.quote(id)));
        }
        String name = checks.text(c.member("name"), true, Checks.TEXT);
        Layer layer = checks.choice(c.member("layer"), false, Layer.class);
        Priority priority = checks.choice(c.member("priority"), false, Priority.class);
        BigDecimal value = checks.number(c.member("value"), false, BigDecimal.ZERO, MAX_VALUE,
                Text.of("a number from 0 to 1,000,000", "một số từ 0 đến 1.000.000"));
        Double builtValue = scoreRules.value(c, id, value, DEFAULT_VALUE);
        Integer duration = checks.whole(c.member("duration"), true, 1, PlanValidator.MAX_PERIODS, DURATION);
        Capex capex = capexRules.check(c, duration);
        BigDecimal opexUnits = checks.amount(c.member("opexPerPeriod"), false);
        Map<String, BigDecimal> funding = funding(c);
        List<Map<String, BigDecimal>> eligibleFunding = eligibleFunding(c);
        Map<String, BigDecimal> demand = demand(c, duration);
        List<DependencyEntry> dependsOn = dependsOn(c);
        List<ExclusionEntry> excludes = excludes(c);
        List<String> delivers = capabilityRules.codes(c, "delivers");
        List<String> connects = capabilityRules.codes(c, "connects");
        List<ReplacementEntry> replaces = capabilityRules.replaces(c);
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
            totalCostUnits = totalCostUnits.add(capex.highestUnits()).add(opexOverHorizon);
        }
        List<Map<String, Double>> fundingOptions = checks.isClean() ? fundingOptions(funding, eligibleFunding) : null;
        Component component = checks.isClean()
                ? new Component(id, name, layer,
                        priority == null ? DEFAULT_PRIORITY : priority,
                        builtValue,
                        duration, capex.estimate(), capex.byOffsetMilli(), capex.shares(),
                        opexUnits == null ? 0L : Money.toMilli(opexUnits),
                        fundingOptions.get(0),
                        demand == null ? Map.of() : toMilli(demand),
                        dependsOn.stream().map(entry -> new Dependency(entry.predecessorId(), entry.lagPeriods()))
                                .toList(),
                        excludes.stream().map(ExclusionEntry::excludedId).toList(),
                        earliestStart, latestFinish, pinnedStart, new Capabilities(delivers, connects,
                                replaces.stream().map(ReplacementEntry::replacedId).toList()),
                        fundingOptions)
                : null;
        return new ComponentFacts(c.pointer(), id, priority, duration, dependsOn, excludes, replaces, earliestStart,
                latestFinish, pinnedStart, timingKnown, component);
    }

    /**
     * The options the component may be paid from: those of {@code eligibleFunding}, else the one of {@code funding},
     * else everything on the plan's first funding source.
     */
    private List<Map<String, Double>> fundingOptions(Map<String, BigDecimal> funding,
            List<Map<String, BigDecimal>> eligibleFunding) {
        if (!eligibleFunding.isEmpty()) {
            return eligibleFunding.stream().map(ComponentRules::asShares).toList();
        }
        return List.of(funding == null ? Map.of(declarations.defaultFundingSourceId(), 1.0) : asShares(funding));
    }

    private static Map<String, Double> asShares(Map<String, BigDecimal> funding) {
        Map<String, Double> shares = new LinkedHashMap<>();
        funding.forEach((source, share) -> shares.put(source, share.doubleValue()));
        return shares;
    }

    /**
     * The options of {@code eligibleFunding}: each a funding source id (all of it paid from there) or shares by funding
     * source as {@code funding} gives them; none twice, and never beside {@code funding}.
     */
    private List<Map<String, BigDecimal>> eligibleFunding(Scope c) {
        Located at = c.member("eligibleFunding");
        JsonNode list = checks.array(at, false, Text.of("a list of funding options: funding source ids or share"
                + " objects", "một danh sách phương án vốn: id nguồn vốn hoặc đối tượng tỷ lệ"));
        if (list == null) {
            return List.of();
        }
        if (c.has("funding")) {
            checks.report(at.pointer(), Text.format("{0}eligibleFunding and funding cannot both be given: funding"
                    + " fixes how it is paid, eligibleFunding lets the solver choose", "{0}không được nêu cả"
                    + " eligibleFunding và funding: funding cố định cách chi trả, eligibleFunding để bộ giải chọn",
                    c.subject()));
        }
        if (list.isEmpty()) {
            checks.report(at.pointer(), Text.format("{0}eligibleFunding must name at least one funding option",
                    "{0}eligibleFunding phải nêu ít nhất một phương án vốn", c.subject()));
        }
        List<Map<String, BigDecimal>> seen = new ArrayList<>();
        return checks.eachElement(list, at.pointer(), (entry, pointer) -> {
            Located option = new Located(entry, pointer, c.subject(), Text.of("each eligibleFunding option",
                    "mỗi phương án của eligibleFunding"));
            Map<String, BigDecimal> shares = entry.isTextual() ? singleSource(option) : funding(option);
            if (shares != null && seen.stream().anyMatch(shares::equals)) {
                checks.report(pointer, Text.format("{0}eligibleFunding names the same funding option twice",
                        "{0}eligibleFunding nêu cùng một phương án vốn hai lần", c.subject()));
            }
            if (shares != null) {
                seen.add(shares);
            }
            return shares;
        });
    }

    private Map<String, BigDecimal> singleSource(Located option) {
        String source = option.value().textValue();
        Set<String> sources = declarations.fundingSourceIds();
        if (sources != null && !sources.contains(source)) {
            checks.report(option.pointer(), Text.format(
                    "{0}eligibleFunding names {1}, which is not one of the plan's funding sources ({2})",
                    "{0}eligibleFunding nêu {1}, không phải là một trong các nguồn vốn của kế hoạch ({2})",
                    option.subject(), Checks.quote(source), Checks.listIds(sources)));
            return null;
        }
        return Map.of(source, BigDecimal.ONE);
    }

    private static Map<String, Long> toMilli(Map<String, BigDecimal> amounts) {
        Map<String, Long> milli = new LinkedHashMap<>();
        amounts.forEach((id, amount) -> milli.put(id, Money.toMilli(amount)));
        return milli;
    }

    private Map<String, BigDecimal> funding(Scope c) {
        return funding(c.member("funding"));
    }

    /** Shares by funding source that add up to 1, or {@code null} when absent or not an object (reported). */
    private Map<String, BigDecimal> funding(Located at) {
        Map<String, BigDecimal> shares = numbersById(at, Text.of("an object that gives each funding source id its"
                + " share", "một đối tượng cho mỗi id nguồn vốn một tỷ lệ"), Text.of("funding share of ",
                "tỷ lệ vốn của "), declarations.fundingSourceIds(), Text.of("funding sources", "nguồn vốn"),
                share -> checks.share(share, true));
        if (shares != null && shares.size() == at.value().size()) {
            checks.requireSumOfOne(at, Text.of("funding shares", "các tỷ lệ vốn"), shares.values());
        }
        return shares;
    }

    private Map<String, BigDecimal> demand(Scope c, Integer duration) {
        Map<String, BigDecimal> amounts = numbersById(c.member("demand"),
                Text.of("an object that gives each resource id the amount used",
                        "một đối tượng cho mỗi id nguồn lực lượng sử dụng"), Text.of("demand for ", "nhu cầu về "),
                declarations.resourceIds(), Text.of("resources", "nguồn lực"), amount -> checks.quantity(amount, true));
        if (amounts != null && duration != null) {
            amounts.forEach((resource, amount) -> totalDemandByResource.merge(resource,
                    amount.multiply(BigDecimal.valueOf(duration)), BigDecimal::add));
        }
        return amounts;
    }

    /**
     * An optional object whose members name one of the plan's funding sources or resources each and give it a
     * number; {@code known == null} skips the look-up.
     *
     * @return the valid numbers by id in document order, or {@code null} when the object is absent or not an object
     */
    private Map<String, BigDecimal> numbersById(Located at, Text allowed, Text entryLabel, Set<String> known,
            Text kinds, Function<Located, BigDecimal> read) {
        JsonNode object = checks.object(at, false, allowed);
        if (object == null) {
            return null;
        }
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            Located number = new Located(entry.getValue(), Pointers.member(at.pointer(), entry.getKey()),
                    at.subject(), entryLabel.plus(Checks.quote(entry.getKey())));
            if (known != null && !known.contains(entry.getKey())) {
                checks.report(number.pointer(), Text.format(
                        "{0}{1} names {2}, which is not one of the plan's {3} ({4})",
                        "{0}{1} nêu {2}, không phải là một trong các {3} của kế hoạch ({4})", at.subject(),
                        at.label(), Checks.quote(entry.getKey()), kinds, Checks.listIds(known)));
            }
            BigDecimal value = read.apply(number);
            if (value != null) {
                numbers.put(entry.getKey(), value);
            }
        }
        return numbers;
    }

    private List<DependencyEntry> dependsOn(Scope c) {
        Located at = c.member("dependsOn");
        JsonNode list = checks.array(at, false, Text.of("a list of component ids or {id, lag} objects",
                "một danh sách id hạng mục hoặc đối tượng {id, lag}"));
        return list == null ? List.of() : checks.eachElement(list, at.pointer(), (entry, pointer) -> {
            if (entry.isTextual()) {
                return new DependencyEntry(pointer, pointer, entry.textValue(), NO_LAG);
            }
            if (!entry.isObject()) {
                checks.wrong(new Located(entry, pointer, c.subject(), Text.of("each dependsOn entry",
                        "mỗi mục của dependsOn")), Text.of("a component id or an object {id, lag}",
                        "một id hạng mục hoặc một đối tượng {id, lag}"));
                return null;
            }
            Located idAt = Located.member(entry, pointer, c.subject(), "id").withLabel(Text.verbatim("dependsOn id"));
            String id = checks.text(idAt, true, ANOTHER_COMPONENT);
            Located lagAt = Located.member(entry, pointer, c.subject(), "lag");
            Integer lag = checks.whole(lagAt, false, 0, PlanValidator.MAX_PERIODS, LAG);
            if (id == null) {
                return null;
            }
            return new DependencyEntry(pointer, idAt.pointer(), id,
                    Checks.absent(lagAt.value()) ? Integer.valueOf(NO_LAG) : lag);
        });
    }

    private List<ExclusionEntry> excludes(Scope c) {
        Located at = c.member("excludes");
        JsonNode list = checks.array(at, false, Text.of("a list of component ids", "một danh sách id hạng mục"));
        return list == null ? List.of() : checks.eachElement(list, at.pointer(), (entry, pointer) -> {
            String id = checks.text(new Located(entry, pointer, c.subject(), Text.of("each excludes entry",
                    "mỗi mục của excludes")), true, ANOTHER_COMPONENT);
            return id == null ? null : new ExclusionEntry(pointer, id);
        });
    }

    /**
     * Keeps every sum the planner forms (spending over any periods, demand over any periods) far inside a {@code long}
     * of milli-units.
     */
    private void checkTotals(String componentsPointer) {
        if (totalCostUnits.compareTo(PlanValidator.MAX_TOTAL_UNITS) > 0) {
            checks.report(componentsPointer, Text.format("together the components cost {0} over the horizon (highest"
                    + " capex plus opex in every period): the planner adds up at most {1}", "tổng chi phí các hạng"
                    + " mục trong kỳ kế hoạch là {0} (capex cao nhất cộng opex mọi kỳ): bộ lập kế hoạch cộng được"
                    + " tối đa {1}", totalCostUnits.toPlainString(), TOTAL));
        }
        totalDemandByResource.forEach((resource, total) -> {
            if (total.compareTo(PlanValidator.MAX_TOTAL_UNITS) > 0) {
                checks.report(componentsPointer, Text.format("together the components use {0} of {1} over their"
                        + " implementation: the planner adds up at most {2}", "các hạng mục dùng tổng cộng {0} {1}"
                        + " trong thời gian triển khai: bộ lập kế hoạch cộng được tối đa {2}", total.toPlainString(),
                        Checks.quote(resource), TOTAL));
            }
        });
    }
}
