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
import java.util.Set;
import java.util.function.Consumer;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.scenario.DerivedScenario.RemovedDependency;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.BudgetChange;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.BudgetScale;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ComponentChange;

/**
 * Derives a scenario's plan from its parent's document and a request: the recipe is read against the parent, then
 * applied to a copy of the parent's document in this order — removals (with every {@code dependsOn} and
 * {@code excludes} entry naming a removed component), component changes, the budget scale, the budget changes (each
 * on the budgets as scaled and changed before it) — and the result is validated as any plan. Every error, of the
 * request or of the derived plan, points into the request. Scaled and changed amounts are rounded to thousandths of
 * the money unit, half up. Stateless and thread-safe.
 */
public final class ScenarioDeriver {

    private static final int AMOUNT_SCALE = 3;

    private final PlanReader reader = new PlanReader();

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
        List<PlanError> errors = new ArrayList<>();
        ArrayNode budgets = document.has("budgets") && document.get("budgets").isArray()
                ? (ArrayNode) document.get("budgets")
                : document.putArray("budgets");
        scale(budgets, recipe.budgetScale(), provenance);
        recipe.budgetChanges().forEach(change -> apply(budgets, change, provenance, errors));
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

    private static void patch(ArrayNode components, ComponentChange change, Provenance provenance) {
        for (int i = 0; i < components.size(); i++) {
            ObjectNode component = (ObjectNode) components.get(i);
            if (!component.path("id").asText().equals(change.componentId())) {
                continue;
            }
            String componentPointer = "/components/" + i;
            provenance.changed(componentPointer, change.pointer());
            change.members().forEach((member, value) -> {
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

    private static void apply(ArrayNode budgets, BudgetChange change, Provenance provenance, List<PlanError> errors) {
        String valuePointer = change.pointer() + "/" + RecipeReader.memberOf(change.kind());
        Set<Integer> matched = new HashSet<>();
        for (int i = 0; i < budgets.size(); i++) {
            JsonNode budget = budgets.get(i);
            if (matches(budget, change) && budget.path("amount").isNumber()) {
                matched.add(i);
                BigDecimal amount = budget.get("amount").decimalValue();
                BigDecimal changed = switch (change.kind()) {
                    case SCALE -> amount.multiply(change.value());
                    case AMOUNT -> change.value();
                    case DELTA -> amount.add(change.value());
                };
                if (changed.signum() < 0) {
                    errors.add(new PlanError(valuePointer, "would make the budget of " + describe(budget)
                            + " negative: " + amount.toPlainString() + " + (" + change.value().toPlainString()
                            + ")"));
                }
                setAmount(budget, changed);
                provenance.wrote("/budgets/" + i + "/amount", valuePointer);
            }
        }
        if (!matched.isEmpty()) {
            return;
        }
        if (change.addsWhereNoneMatches()) {
            ObjectNode added = budgets.addObject().put("fundingSource", change.fundingSource());
            if (change.period() != null) {
                added.put("period", change.period());
            } else {
                added.put("phase", change.phase());
            }
            setAmount(added, change.value());
            provenance.wrote("/budgets/" + (budgets.size() - 1), change.pointer());
        } else {
            errors.add(new PlanError(change.pointer(), "matches no budget of the plan; to add a cap, give"
                    + " fundingSource, period or phase, and amount"));
        }
    }

    private static boolean matches(JsonNode budget, BudgetChange change) {
        return (change.fundingSource() == null || change.fundingSource().equals(budget.path("fundingSource").asText()))
                && (change.period() == null || change.period().equals(budget.path("period").asText(null)))
                && (change.phase() == null || change.phase().equals(budget.path("phase").asText(null)));
    }

    private static String describe(JsonNode budget) {
        return budget.path("fundingSource").asText() + " "
                + (budget.hasNonNull("phase") ? budget.get("phase").asText() : budget.path("period").asText());
    }

    /** Sets the amount rounded to thousandths, in plain notation. */
    private static void setAmount(JsonNode budget, BigDecimal amount) {
        BigDecimal rounded = amount.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        ((ObjectNode) budget).set("amount",
                JsonNodeFactory.instance.numberNode(rounded.scale() < 0 ? rounded.setScale(0) : rounded));
    }
}
