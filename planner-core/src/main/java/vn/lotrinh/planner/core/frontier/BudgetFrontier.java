package vn.lotrinh.planner.core.frontier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.scenario.ScenarioDeriver;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveRun;

/**
 * Traces what each extra unit of budget buys: the plan solved with its budgets scaled by each factor of a
 * {@link FrontierSpec}, lowest first, every point starting from the best roadmap of the point below. A roadmap that
 * keeps a set of caps keeps every larger set, and the construction keeps a starting roadmap wherever it fits, so no
 * point is worse than the one below by the solver's ranking — first fewer {@code MUST} components deferred, then the
 * objective: more money never shows less value. One instance traces one frontier; {@link #stop} may be called from
 * any thread and keeps the points finished.
 */
public final class BudgetFrontier {

    private static final MathContext MARGINAL_PRECISION = new MathContext(12, RoundingMode.HALF_UP);

    private final RoadmapSolver solver;
    private final ScenarioDeriver deriver = new ScenarioDeriver();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile SolveRun current;

    public BudgetFrontier(RoadmapSolver solver) {
        this.solver = solver;
    }

    /**
     * Solves every point of the spec in turn, handing each to {@code onPoint} as soon as it is found; returns them
     * all, or those finished before {@link #stop}.
     *
     * @param document the plan's document, from which each scaled plan derives
     * @param plan the document read
     */
    public List<FrontierPoint> trace(JsonNode document, Plan plan, FrontierSpec spec, Consumer<FrontierPoint> onPoint) {
        List<FrontierPoint> points = new ArrayList<>();
        FrontierPoint below = null;
        for (BigDecimal scale : spec.scales()) {
            if (stopRequested.get()) {
                break;
            }
            Plan scaled = scaledPlan(document, plan, scale, spec.fundingSource());
            Map<String, Integer> starting = below == null ? Map.of() : startsIn(scaled, below);
            SolveRun run = solver.prepareFrom(scaled, starting, spec.options(), null);
            current = run;
            if (stopRequested.get()) {
                run.terminateEarly();
            }
            Roadmap roadmap = run.solve();
            FrontierPoint point = point(scaled, scale, spec.fundingSource(), roadmap, below);
            points.add(point);
            onPoint.accept(point);
            below = point;
        }
        return points;
    }

    /** Stops the point being solved at once (keeping its best roadmap) and solves no further point. */
    public void stop() {
        stopRequested.set(true);
        SolveRun run = current;
        if (run != null) {
            run.terminateEarly();
        }
    }

    /** The plan with every budget, or the funding source's, multiplied by {@code scale}. */
    public Plan scaledPlan(JsonNode document, Plan plan, BigDecimal scale, String fundingSource) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("name", plan.name());
        if (fundingSource == null) {
            request.put("budgetScale", scale);
        } else {
            request.putObject("budgetScale").put(fundingSource, scale);
        }
        return deriver.derive(document, plan, request).plan();
    }

    private static FrontierPoint point(Plan scaled, BigDecimal scale, String fundingSource, Roadmap roadmap,
            FrontierPoint below) {
        BigDecimal budgetTotal = Money.toUnits(scaled.budgets().stream()
                .filter(budget -> fundingSource == null || budget.fundingSourceId().equals(fundingSource))
                .mapToLong(Budget::amountMilli).sum());
        Map<String, String> starts = new LinkedHashMap<>();
        int mustDeferred = 0;
        for (Assignment assignment : roadmap.assignments()) {
            if (!assignment.deferred()) {
                starts.put(assignment.componentId(), assignment.startPeriod());
            } else if (scaled.componentsById().get(assignment.componentId()).isMust()) {
                mustDeferred++;
            }
        }
        BigDecimal marginal = null;
        if (below != null && budgetTotal.compareTo(below.budgetTotal()) > 0) {
            marginal = FrontierSpec.plain(roadmap.objectiveValue().subtract(below.objectiveValue())
                    .divide(budgetTotal.subtract(below.budgetTotal()), MARGINAL_PRECISION));
        }
        return new FrontierPoint(scale, budgetTotal, roadmap.objective(), roadmap.objectiveValue(), starts.size(),
                roadmap.assignments().size() - starts.size(), mustDeferred, roadmap.feasible() && mustDeferred == 0,
                marginal, starts);
    }

    /** The point's starts as period indexes of the plan. */
    private static Map<String, Integer> startsIn(Plan plan, FrontierPoint point) {
        Map<String, Integer> starts = new LinkedHashMap<>();
        point.starts().forEach((id, label) -> starts.put(id, plan.calendar().indexInHorizon(label).orElseThrow()));
        return starts;
    }
}
