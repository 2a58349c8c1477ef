package vn.lotrinh.planner.core.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.scenario.ScenarioDeriver;
import vn.lotrinh.planner.core.solver.explain.Fix;
import vn.lotrinh.planner.core.solver.explain.Fix.BudgetIncrease;

/**
 * A fix of an explanation applied from outside the code that found it: to the plan as a scenario (budget and capacity
 * increases as deltas) and to the roadmap (the component in, the predecessors with it, the deferred out), the result
 * judged by the {@link RoadmapChecker}.
 */
public final class AppliedFix {

    private static final RoadmapChecker CHECKER = new RoadmapChecker();

    private AppliedFix() {
    }

    /** Whether the fix, applied, admits its component (see {@link #admits(JsonNode, Plan, Roadmap, Fix, List)}). */
    public static boolean admits(JsonNode document, Plan plan, Roadmap roadmap, Fix fix) {
        return admits(document, plan, roadmap, fix, fix.budgetIncreases());
    }

    /**
     * Whether the plan with these budget increases and the fix's capacity increases, and the roadmap with the fix,
     * break no hard rule, schedule the component and defer no MUST component the roadmap schedules.
     *
     * @param document the plan's document, which the scenario is derived from
     */
    public static boolean admits(JsonNode document, Plan plan, Roadmap roadmap, Fix fix,
            List<BudgetIncrease> budgetIncreases) {
        ObjectNode recipe = JsonNodeFactory.instance.objectNode().put("name", "Sửa");
        ArrayNode budgets = recipe.putArray("budgetChanges");
        budgetIncreases.forEach(increase -> {
            ObjectNode change = budgets.addObject().put("fundingSource", increase.fundingSource())
                    .put("delta", increase.amount());
            if (increase.period() != null) {
                change.put("period", increase.period());
            } else {
                change.put("phase", increase.phase());
            }
        });
        ArrayNode capacities = recipe.putArray("capacityChanges");
        fix.capacityIncreases().forEach(increase -> capacities.addObject().put("resource", increase.resource())
                .put("period", increase.period()).put("delta", increase.amount()));
        Plan fixed = new ScenarioDeriver().derive(document, plan, recipe).plan();
        Map<String, Integer> starts = new HashMap<>(roadmap.starts());
        starts.put(fix.componentId(), index(plan, fix.start()));
        fix.alsoSchedule().forEach(also -> starts.put(also.componentId(), index(plan, also.start())));
        fix.defer().forEach(id -> starts.put(id, null));
        CheckReport report = CHECKER.check(fixed, starts, roadmap.objective());
        List<String> mustDeferredBefore = CHECKER.check(plan, roadmap).deferredMustComponentIds();
        return report.feasible() && mustDeferredBefore.containsAll(report.deferredMustComponentIds());
    }

    private static Integer index(Plan plan, String label) {
        return plan.calendar().indexInHorizon(label).orElseThrow();
    }
}
