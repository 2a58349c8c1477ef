package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Capacity;
import vn.lotrinh.planner.core.plan.CapexEstimate;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.Economics;
import vn.lotrinh.planner.core.plan.EstimateDistribution;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * Reads a {@code roadmap-plan/1} document into a {@link Plan}. Every rule of the format is checked first by
 * {@link PlanValidator}; a document that breaks any rule is refused with all its errors at once.
 */
public final class PlanReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final PlanValidator validator = new PlanValidator();

    /** The mapper that reads plan documents: exact decimals, duplicate keys and trailing content refused. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text into a tree; malformed JSON is an {@link InvalidPlanException} at the root pointer. */
    public static JsonNode parse(InputStream json) {
        try {
            return nonEmpty(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return nonEmpty(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private static JsonNode nonEmpty(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new InvalidPlanException(List.of(new PlanError("", "the document is empty")));
        }
        return node;
    }

    private static InvalidPlanException malformed(JsonProcessingException e) {
        return new InvalidPlanException(List.of(new PlanError("", "not valid JSON: " + e.getOriginalMessage())));
    }

    public Plan read(String json) {
        return read(parse(json));
    }

    public Plan read(InputStream json) {
        return read(parse(json));
    }

    /**
     * Validates the document and builds the plan.
     *
     * @throws InvalidPlanException with every error found when the document breaks a rule of the format
     */
    public Plan read(JsonNode document) {
        List<PlanError> errors = validator.validate(document);
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        return build(document);
    }

    private static Plan build(JsonNode doc) {
        JsonNode cal = doc.get("calendar");
        PlanCalendar calendar = PlanCalendar.of(
                        PeriodUnit.valueOf(cal.get("periodUnit").asText()),
                        cal.get("start").asText(),
                        cal.get("periods").asInt())
                .orElseThrow();
        List<Phase> phases = new ArrayList<>();
        for (JsonNode p : elements(doc, "phases")) {
            phases.add(new Phase(p.get("id").asText(), p.get("name").asText(),
                    period(calendar, p.get("firstPeriod")), period(calendar, p.get("lastPeriod"))));
        }
        List<FundingSource> sources = new ArrayList<>();
        for (JsonNode f : elements(doc, "fundingSources")) {
            sources.add(new FundingSource(f.get("id").asText(), f.get("name").asText()));
        }
        List<Resource> resources = new ArrayList<>();
        for (JsonNode r : elements(doc, "resources")) {
            resources.add(new Resource(r.get("id").asText(), text(r, "name", r.get("id").asText()), text(r, "unit", "")));
        }
        List<Budget> budgets = new ArrayList<>();
        for (JsonNode b : elements(doc, "budgets")) {
            long amount = Money.toMilli(b.get("amount").decimalValue());
            String source = b.get("fundingSource").asText();
            if (b.hasNonNull("phase")) {
                String phaseId = b.get("phase").asText();
                Phase phase = phases.stream().filter(p -> p.id().equals(phaseId)).findFirst().orElseThrow();
                budgets.add(new Budget(source, null, phaseId, phase.firstPeriod(), phase.lastPeriod(), amount));
            } else {
                int period = period(calendar, b.get("period"));
                budgets.add(new Budget(source, calendar.label(period), null, period, period, amount));
            }
        }
        List<Capacity> capacities = new ArrayList<>();
        for (JsonNode c : elements(doc, "capacities")) {
            Integer period = c.hasNonNull("period") ? period(calendar, c.get("period")) : null;
            capacities.add(new Capacity(c.get("resource").asText(), period, Money.toMilli(c.get("amount").decimalValue())));
        }
        Economics economics = economics(doc.path("economics"), calendar);
        List<Component> components = new ArrayList<>();
        for (JsonNode c : elements(doc, "components")) {
            components.add(component(c, calendar, sources.get(0).id()));
        }
        return new Plan(
                doc.get("name").asText(),
                text(doc, "description", null),
                text(doc, "currency", "VND"),
                doc.hasNonNull("moneyUnit") ? doc.get("moneyUnit").decimalValue() : BigDecimal.valueOf(1_000_000),
                calendar, phases, sources, resources, budgets, capacities, economics, components,
                vn.lotrinh.planner.core.plan.DependencyGraph.of(components, calendar.periods()));
    }

    private static Economics economics(JsonNode e, PlanCalendar calendar) {
        return new Economics(
                e.hasNonNull("baseYear") ? e.get("baseYear").asInt() : calendar.firstYear(),
                e.hasNonNull("inflationRate") ? e.get("inflationRate").asDouble() : 0.0,
                e.hasNonNull("discountRate") ? e.get("discountRate").asDouble() : 0.0,
                !e.hasNonNull("opexInBudget") || e.get("opexInBudget").asBoolean(),
                e.hasNonNull("estimateDistribution")
                        ? EstimateDistribution.valueOf(e.get("estimateDistribution").asText())
                        : EstimateDistribution.PERT,
                e.hasNonNull("costCorrelation") ? e.get("costCorrelation").asDouble() : 0.0);
    }

    private static Component component(JsonNode c, PlanCalendar calendar, String defaultFundingSource) {
        int duration = c.get("duration").asInt();
        CapexEstimate capex;
        List<Long> byOffset = new ArrayList<>();
        double[] shares;
        if (c.hasNonNull("capexByPeriod")) {
            long total = 0;
            for (JsonNode amount : c.get("capexByPeriod")) {
                long milli = Money.toMilli(amount.decimalValue());
                byOffset.add(milli);
                total += milli;
            }
            capex = CapexEstimate.exactly(total);
            shares = new double[duration];
            for (int k = 0; k < duration; k++) {
                shares[k] = total == 0 ? 1.0 / duration : (double) byOffset.get(k) / total;
            }
        } else {
            capex = capexEstimate(c.get("capex"));
            shares = profile(c.get("capexProfile"), duration);
            for (long milli : Money.split(capex.likelyMilli(), shares)) {
                byOffset.add(milli);
            }
        }
        Map<String, Double> funding = new LinkedHashMap<>();
        if (c.hasNonNull("funding")) {
            c.get("funding").fields().forEachRemaining(f -> funding.put(f.getKey(), f.getValue().asDouble()));
        } else {
            funding.put(defaultFundingSource, 1.0);
        }
        Map<String, Long> demand = new LinkedHashMap<>();
        if (c.hasNonNull("demand")) {
            c.get("demand").fields().forEachRemaining(d -> demand.put(d.getKey(), Money.toMilli(d.getValue().decimalValue())));
        }
        List<Dependency> dependsOn = new ArrayList<>();
        for (JsonNode d : elements(c, "dependsOn")) {
            dependsOn.add(d.isTextual()
                    ? new Dependency(d.asText(), 0)
                    : new Dependency(d.get("id").asText(), d.hasNonNull("lag") ? d.get("lag").asInt() : 0));
        }
        List<String> excludes = new ArrayList<>();
        elements(c, "excludes").forEach(x -> excludes.add(x.asText()));
        return new Component(
                c.get("id").asText(),
                c.get("name").asText(),
                c.hasNonNull("layer") ? Layer.valueOf(c.get("layer").asText()) : null,
                c.hasNonNull("priority") ? Priority.valueOf(c.get("priority").asText()) : Priority.SHOULD,
                c.hasNonNull("value") ? c.get("value").asDouble() : 1.0,
                duration,
                capex,
                byOffset,
                Arrays.stream(shares).boxed().toList(),
                c.hasNonNull("opexPerPeriod") ? Money.toMilli(c.get("opexPerPeriod").decimalValue()) : 0L,
                funding,
                demand,
                dependsOn,
                excludes,
                c.hasNonNull("earliestStart") ? period(calendar, c.get("earliestStart")) : null,
                c.hasNonNull("latestFinish") ? period(calendar, c.get("latestFinish")) : null,
                c.hasNonNull("pinnedStart") ? period(calendar, c.get("pinnedStart")) : null);
    }

    private static CapexEstimate capexEstimate(JsonNode capex) {
        if (capex == null || capex.isNull()) {
            return CapexEstimate.exactly(0);
        }
        if (capex.isNumber()) {
            return CapexEstimate.exactly(Money.toMilli(capex.decimalValue()));
        }
        return new CapexEstimate(
                Money.toMilli(capex.get("low").decimalValue()),
                Money.toMilli(capex.get("likely").decimalValue()),
                Money.toMilli(capex.get("high").decimalValue()));
    }

    private static double[] profile(JsonNode profile, int duration) {
        double[] shares = new double[duration];
        if (profile == null || profile.isNull()) {
            Arrays.fill(shares, 1.0 / duration);
        } else {
            double sum = 0;
            for (int k = 0; k < duration; k++) {
                shares[k] = profile.get(k).asDouble();
                sum += shares[k];
            }
            // The format lets shares miss 1 by 1e-9, which on a large capex would split more or less than the total.
            for (int k = 0; k < duration; k++) {
                shares[k] /= sum;
            }
        }
        return shares;
    }

    private static int period(PlanCalendar calendar, JsonNode label) {
        return calendar.index(label.asText()).orElseThrow();
    }

    private static Iterable<JsonNode> elements(JsonNode node, String field) {
        JsonNode array = node.get(field);
        return array == null || array.isNull() ? List.of() : array;
    }

    private static String text(JsonNode node, String field, String fallback) {
        return node.hasNonNull(field) ? node.get(field).asText() : fallback;
    }
}
