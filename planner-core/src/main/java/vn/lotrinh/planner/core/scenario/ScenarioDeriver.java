package vn.lotrinh.planner.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.scenario.DerivedScenario.RemovedDependency;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.BudgetScale;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.CapChange;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.Caps;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ChangeKind;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ComparisonChange;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ComponentChange;

/**
 * Derives a scenario's plan from its parent's document and a request: the recipe is read against the parent, then
 * applied to a copy of the parent's document in this order — removals (with every {@code dependsOn},
 * {@code excludes} and {@code replaces} entry naming a removed component), component changes, new judgements of
 * pairs of criteria (each replacing the parent's comparison of its pair, so values from scores are weighed anew), the
 * budget scale, the
 * budget changes (each on the budgets as scaled and changed before it), the capacity changes — and the result is
 * validated as any plan. Every error, of the request or of the derived plan, points into the request. Scaled and
 * changed amounts are rounded to thousandths of the money unit, half up. Stateless and thread-safe.
 */
public final class ScenarioDeriver {

    private static final int AMOUNT_SCALE = 3;

    private final PlanReader reader;

    /** A deriver of plans that name the framework catalogues shipped with the planner. */
    public ScenarioDeriver() {
        this(new PlanReader());
    }

    /** A deriver whose derived plans are read by {@code reader} (and so may name its framework catalogues). */
    public ScenarioDeriver(PlanReader reader) {
        this.reader = reader;
    }

    /**
     * The scenario the request derives from the parent.
     *
     * @param parentDocument the parent's stored document
     * @param parent the parent's document read
     * @throws InvalidScenarioException with every error, pointing into the request
     */
    public DerivedScenario derive(JsonNode parentDocument, Plan parent, JsonNode request) {
        ScenarioRecipe recipe = new RecipeReader(parent).read(request);
        ObjectNode document = parentDocument.deepCopy();
        Provenance provenance = new Provenance();
        document.put("name", recipe.name());
        provenance.wrote("/name", "/name");
        if (recipe.description() != null) {
            document.put("description", recipe.description());
            provenance.wrote("/description", "/description");
        }
        ArrayNode components = (ArrayNode) document.get("components");
        List<RemovedDependency> removed = remove(components, Set.copyOf(recipe.remove()));
        recipe.componentChanges().forEach(change -> patch(components, change, provenance));
        recipe.comparisons().forEach(change -> judge(document, change, provenance));
        List<PlanError> errors = new ArrayList<>();
        scale(caps(document, Caps.BUDGETS), recipe.budgetScale(), provenance);
        recipe.budgetChanges().forEach(change -> apply(caps(document, Caps.BUDGETS), change, provenance, errors));
        recipe.capacityChanges().forEach(change -> apply(caps(document, Caps.CAPACITIES), change, provenance, errors));
        Plan plan = null;
        try {
            plan = reader.read(document);
        } catch (InvalidPlanException e) {
            // What the changes broke is said once: by the change's own error where it has one.
            Set<String> said = new HashSet<>();
            errors.forEach(error -> said.add(error.pointer()));
            e.errors().stream().map(provenance::locate).filter(error -> !said.contains(error.pointer()))
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(errors);
        }
        return new DerivedScenario(document, plan, recipe, removed);
    }

    private static List<RemovedDependency> remove(ArrayNode components, Set<String> removedIds) {
        List<RemovedDependency> removedDependencies = new ArrayList<>();
        if (removedIds.isEmpty()) {
            return removedDependencies;
        }
        for (Iterator<JsonNode> it = components.elements(); it.hasNext(); ) {
            if (removedIds.contains(it.next().path("id").asText())) {
                it.remove();
            }
        }
        for (JsonNode component : components) {
            String id = component.path("id").asText();
            removeEntries(component.get("dependsOn"), removedIds, named -> removedDependencies.add(
                    new RemovedDependency(id, named)));
            removeEntries(component.get("excludes"), removedIds, named -> { });
            removeEntries(component.get("replaces"), removedIds, named -> { });
        }
        return removedDependencies;
    }

    /** Removes the entries of a list of ids (or {@code {id, …}} objects) that name a removed component. */
    private static void removeEntries(JsonNode entries, Set<String> removedIds,
            Consumer<String> onRemoved) {
        if (entries == null || !entries.isArray()) {
            return;
        }
        for (Iterator<JsonNode> it = entries.elements(); it.hasNext(); ) {
            JsonNode entry = it.next();
            String named = entry.isObject() ? entry.path("id").asText() : entry.asText();
            if (removedIds.contains(named)) {
                it.remove();
                onRemoved.accept(named);
            }
        }
    }

    /** Fixed {@code funding} or a choice among {@code eligibleFunding}: setting one drops the other. */
    private static final Map<String, String> EXCLUSIVE_FUNDING =
            Map.of("funding", "eligibleFunding", "eligibleFunding", "funding");

    private static void patch(ArrayNode components, ComponentChange change, Provenance provenance) {
        for (int i = 0; i < components.size(); i++) {
            ObjectNode component = (ObjectNode) components.get(i);
            if (!component.path("id").asText().equals(change.componentId())) {
                continue;
            }
            String componentPointer = "/components/" + i;
            provenance.changed(componentPointer, change.pointer());
            change.members().forEach((member, value) -> {
                String fixedOrChosen = EXCLUSIVE_FUNDING.get(member);
                if (fixedOrChosen != null && !value.isNull()) {
                    component.remove(fixedOrChosen);
                }
                if (value.isNull()) {
                    component.remove(member);
                } else {
                    component.set(member, value.deepCopy());
                }
                provenance.wrote(componentPointer + "/" + member, change.pointer() + "/" + member);
            });
            return;
        }
    }

    /** Replaces the parent's comparison of the change's pair, given either way round, by the change. */
    private static void judge(ObjectNode document, ComparisonChange change, Provenance provenance) {
        ArrayNode comparisons = (ArrayNode) document.get("comparisons");
        for (int i = 0; i < comparisons.size(); i++) {
            JsonNode comparison = comparisons.get(i);
            if (Set.of(comparison.path("a").asText(), comparison.path("b").asText())
                    .equals(Set.of(change.a(), change.b()))) {
                comparisons.set(i, JsonNodeFactory.instance.objectNode().put("a", change.a()).put("b", change.b())
                        .put("ratio", change.ratio()));
                provenance.wrote("/comparisons/" + i, change.pointer());
                return;
            }
        }
    }

    private static void scale(ArrayNode budgets, BudgetScale scale, Provenance provenance) {
        for (int i = 0; i < budgets.size(); i++) {
            JsonNode budget = budgets.get(i);
            String source = budget.path("fundingSource").asText();
            BigDecimal factor = scale.factorOf(source);
            if (factor != null && budget.path("amount").isNumber()) {
                setAmount(budget, budget.get("amount").decimalValue().multiply(factor));
                provenance.wrote("/budgets/" + i + "/amount", scale.pointerOf(source));
            }
        }
    }

    private static ArrayNode caps(ObjectNode document, Caps caps) {
        return document.get(caps.member()) instanceof ArrayNode list ? list : document.putArray(caps.member());
    }

    /**
     * Changes every cap that matches. Where none does, a change for one owner and one period (or phase) adds a cap
     * there: with its amount, or — for a capacity that applies to every period — that capacity scaled or changed.
     */
    private static void apply(ArrayNode caps, CapChange change, Provenance provenance, List<PlanError> errors) {
        String valuePointer = change.pointer() + "/" + RecipeReader.memberOf(change.kind());
        String member = change.caps().member();
        boolean matched = false;
        for (int i = 0; i < caps.size(); i++) {
            JsonNode cap = caps.get(i);
            if (matches(cap, change) && cap.path("amount").isNumber()) {
                matched = true;
                setChanged(cap, cap.get("amount").decimalValue(), change, valuePointer, errors);
                provenance.wrote("/" + member + "/" + i + "/amount", valuePointer);
            }
        }
        if (matched) {
            return;
        }
        JsonNode everyPeriod = everyPeriodCapacity(caps, change);
        boolean onePlace = change.owner() != null && (change.period() != null || change.phase() != null);
        if (onePlace && (change.kind() == ChangeKind.AMOUNT || everyPeriod != null)) {
            ObjectNode added = caps.addObject().put(change.caps().ownerMember(), change.owner());
            if (change.period() != null) {
                added.put("period", change.period());
            } else {
                added.put("phase", change.phase());
            }
            BigDecimal base = everyPeriod == null ? BigDecimal.ZERO : everyPeriod.get("amount").decimalValue();
            setChanged(added, base, change, valuePointer, errors);
            provenance.wrote("/" + member + "/" + (caps.size() - 1), change.pointer());
        } else {
            errors.add(new PlanError(change.pointer(), Text.format("matches no {0} of the plan; to add one, give {1},"
                    + " {2}, and amount", "không khớp {0} nào của kế hoạch; để thêm mới, hãy nêu {1}, {2} và amount",
                    change.caps().noun(), change.caps().ownerMember(), change.caps() == Caps.BUDGETS
                            ? Text.of("period or phase", "period hoặc phase") : Text.verbatim("period"))));
        }
    }

    /** For a capacity change of one resource in one period, the resource's capacity for every period, if any. */
    private static JsonNode everyPeriodCapacity(ArrayNode caps, CapChange change) {
        if (change.caps() != Caps.CAPACITIES || change.owner() == null || change.period() == null) {
            return null;
        }
        for (JsonNode cap : caps) {
            if (change.owner().equals(cap.path("resource").asText()) && !cap.hasNonNull("period")
                    && cap.path("amount").isNumber()) {
                return cap;
            }
        }
        return null;
    }

    private static void setChanged(JsonNode cap, BigDecimal amount, CapChange change, String valuePointer,
            List<PlanError> errors) {
        BigDecimal changed = switch (change.kind()) {
            case SCALE -> amount.multiply(change.value());
            case AMOUNT -> change.value();
            case DELTA -> amount.add(change.value());
        };
        if (changed.signum() < 0) {
            errors.add(new PlanError(valuePointer, Text.format("would make the {0} of {1} negative: {2} + ({3})",
                    "sẽ làm {0} của {1} thành số âm: {2} + ({3})", change.caps().noun(), describe(cap, change.caps()),
                    amount.toPlainString(), change.value().toPlainString())));
        }
        setAmount(cap, changed);
    }

    private static boolean matches(JsonNode cap, CapChange change) {
        return (change.owner() == null || change.owner().equals(cap.path(change.caps().ownerMember()).asText()))
                && (change.period() == null || change.period().equals(cap.path("period").asText(null)))
                && (change.phase() == null || change.phase().equals(cap.path("phase").asText(null)));
    }

    private static Text describe(JsonNode cap, Caps caps) {
        Text capped = cap.hasNonNull("phase") ? Text.verbatim(cap.get("phase").asText())
                : cap.hasNonNull("period") ? Text.verbatim(cap.get("period").asText())
                : Text.of("every period", "mọi kỳ");
        return Text.format("{0} {1}", "{0} {1}", cap.path(caps.ownerMember()).asText(), capped);
    }

    /** Sets the amount rounded to thousandths, in plain notation. */
    private static void setAmount(JsonNode budget, BigDecimal amount) {
        BigDecimal rounded = amount.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        ((ObjectNode) budget).set("amount",
                JsonNodeFactory.instance.numberNode(rounded.scale() < 0 ? rounded.setScale(0) : rounded));
    }
}
