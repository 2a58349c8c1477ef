package vn.lotrinh.planner.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a scenario derives from its parent plan, as read from a request: scale budgets, change single budgets, patch
 * components, remove components. Applied in the order removals, component changes, budget scale, budget changes
 * (see {@link ScenarioDeriver}). Amounts are in the plan's money unit.
 *
 * @param budgetScale the factor of every budget, or of each funding source's
 * @param remove ids of components to remove, with every {@code dependsOn} and {@code excludes} entry naming them
 */
public record ScenarioRecipe(
        String name,
        String description,
        BudgetScale budgetScale,
        List<BudgetChange> budgetChanges,
        List<ComponentChange> componentChanges,
        List<String> remove) {

    public ScenarioRecipe {
        budgetChanges = List.copyOf(budgetChanges);
        componentChanges = List.copyOf(componentChanges);
        remove = List.copyOf(remove);
    }

    /**
     * Factors for the parent's budget amounts.
     *
     * @param all the factor of every budget, or {@code null}
     * @param bySource the factor of each named funding source's budgets (overrides {@code all})
     */
    public record BudgetScale(BigDecimal all, Map<String, BigDecimal> bySource) {

        public static final BudgetScale NONE = new BudgetScale(null, Map.of());

        public BudgetScale {
            bySource = Map.copyOf(bySource);
        }

        /** The factor of the funding source's budgets, or {@code null} when they keep their amounts. */
        BigDecimal factorOf(String fundingSource) {
            return bySource.getOrDefault(fundingSource, all);
        }

        /** Where in the request the factor of the funding source's budgets stands. */
        String pointerOf(String fundingSource) {
            return bySource.containsKey(fundingSource)
                    ? "/budgetScale/" + fundingSource.replace("~", "~0").replace("/", "~1")
                    : "/budgetScale";
        }
    }

    /** How a budget change sets the amount of each budget it matches. */
    public enum ChangeKind { SCALE, AMOUNT, DELTA }

    /**
     * A change of the parent's budgets that match every key given ({@code null}: any).
     *
     * @param pointer where the change stands in the request, {@code /budgetChanges/2}
     * @param value the factor, the new amount or the amount to add, by {@code kind}
     */
    public record BudgetChange(String pointer, String fundingSource, String period, String phase, ChangeKind kind,
            BigDecimal value) {

        /** Whether the change may add a budget where none matches: it gives an amount for one cap. */
        boolean addsWhereNoneMatches() {
            return kind == ChangeKind.AMOUNT && fundingSource != null && (period != null || phase != null);
        }
    }

    /**
     * A patch of one component's members: each given member replaces the parent's; a JSON {@code null} removes it.
     *
     * @param pointer where the change stands in the request, {@code /componentChanges/0}
     * @param members member name → new value ({@code NullNode}: remove), in the request's order
     */
    public record ComponentChange(String pointer, String componentId, Map<String, JsonNode> members) {
    }
}
