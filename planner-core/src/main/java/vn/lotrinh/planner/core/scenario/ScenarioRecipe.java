package vn.lotrinh.planner.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * How a scenario derives from its parent plan, as read from a request: scale budgets, change single budgets and
 * capacities, patch components, remove components, judge pairs of criteria anew. Applied in the order removals,
 * component changes, comparisons, budget scale, budget changes, capacity changes (see {@link ScenarioDeriver}).
 * Amounts are in the plan's money unit, capacities in the resource's unit.
 *
 * @param budgetScale the factor of every budget, or of each funding source's
 * @param remove ids of components to remove, with every {@code dependsOn} and {@code excludes} entry naming them
 * @param comparisons new judgements of pairs of the parent's criteria, each replacing the parent's of the same pair
 */
public record ScenarioRecipe(
        String name,
        String description,
        BudgetScale budgetScale,
        List<CapChange> budgetChanges,
        List<CapChange> capacityChanges,
        List<ComponentChange> componentChanges,
        List<String> remove,
        List<ComparisonChange> comparisons) {

    public ScenarioRecipe {
        comparisons = List.copyOf(comparisons);
        budgetChanges = List.copyOf(budgetChanges);
        capacityChanges = List.copyOf(capacityChanges);
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

    /** How a cap change sets the amount of each cap it matches. */
    public enum ChangeKind { SCALE, AMOUNT, DELTA }

    /** Which caps of the plan a change concerns: the member that lists them and the member that names whose. */
    public enum Caps {
        BUDGETS("budgets", "fundingSource", Text.of("budget", "ngân sách")),
        CAPACITIES("capacities", "resource", Text.of("capacity", "năng lực"));

        private final String member;
        private final String ownerMember;
        private final Text noun;

        Caps(String member, String ownerMember, Text noun) {
            this.member = member;
            this.ownerMember = ownerMember;
            this.noun = noun;
        }

        /** The plan member that lists them: {@code budgets}, {@code capacities}. */
        public String member() {
            return member;
        }

        /** The member of a cap that names whose it is: {@code fundingSource}, {@code resource}. */
        public String ownerMember() {
            return ownerMember;
        }

        /** What one of them is called: {@code budget}, {@code capacity}. */
        public Text noun() {
            return noun;
        }
    }

    /**
     * A change of the parent's budgets or capacities that match every key given ({@code null}: any).
     *
     * @param pointer where the change stands in the request, {@code /budgetChanges/2}
     * @param owner the funding source of budgets, the resource of capacities
     * @param phase for budgets only
     * @param value the factor, the new amount or the amount to add, by {@code kind}
     */
    public record CapChange(String pointer, Caps caps, String owner, String period, String phase, ChangeKind kind,
            BigDecimal value) {
    }

    /**
     * A patch of one component's members: each given member replaces the parent's; a JSON {@code null} removes it.
     *
     * @param pointer where the change stands in the request, {@code /componentChanges/0}
     * @param members member name → new value ({@code NullNode}: remove), in the request's order
     */
    public record ComponentChange(String pointer, String componentId, Map<String, JsonNode> members) {
    }

    /**
     * A new judgement of one pair of criteria, replacing the parent's comparison of the same pair (given either way
     * round).
     *
     * @param pointer where the change stands in the request, {@code /comparisons/0}
     * @param ratio how many times more important {@code a} is than {@code b}, from 1/9 to 9
     */
    public record ComparisonChange(String pointer, String a, String b, BigDecimal ratio) {
    }
}
