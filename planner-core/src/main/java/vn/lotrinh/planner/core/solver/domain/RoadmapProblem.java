package vn.lotrinh.planner.core.solver.domain;

import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * One plan compiled for a solve under one objective: the facts of every component (in plan order), the caps and the
 * links between components. Immutable; the OptaPlanner solution and any other model of the plan are built from it.
 *
 * @param budgetCaps the period and phase budgets, in plan order
 * @param capacityCaps the capacity of each demanded resource in each period where it is capped
 * @param duplicateProviders every two components that deliver the same capability, neither replacing the other
 * @param replacementLinks every two components one of which replaces the other
 * @param startingRoadmap a roadmap to start from, as start by component index of the components it schedules, or
 *     {@code null} to build one from nothing; the construction keeps what of it still fits
 * @param stabilityWeight the soft score a re-plan loses per period a component moves from its baseline start (and per
 *     period of the horizon for one it defers); 0 when the solve is no re-plan or a re-plan at no cost
 * @param replan whether the problem re-plans from a baseline (its {@code startingRoadmap}): the roadmap then lists its
 *     changes from it
 */
public record RoadmapProblem(
        Objective objective,
        int horizon,
        int fundingSourceCount,
        int resourceCount,
        List<ComponentFacts> components,
        List<BudgetCap> budgetCaps,
        List<CapacityCap> capacityCaps,
        List<DependencyLink> dependencyLinks,
        List<ExclusionPair> exclusionPairs,
        List<DuplicateProviders> duplicateProviders,
        List<ReplacementLink> replacementLinks,
        Map<Integer, Integer> startingRoadmap,
        long stabilityWeight,
        boolean replan) {

    public RoadmapProblem {
        components = List.copyOf(components);
        budgetCaps = List.copyOf(budgetCaps);
        capacityCaps = List.copyOf(capacityCaps);
        dependencyLinks = List.copyOf(dependencyLinks);
        exclusionPairs = List.copyOf(exclusionPairs);
        duplicateProviders = List.copyOf(duplicateProviders);
        replacementLinks = List.copyOf(replacementLinks);
        startingRoadmap = startingRoadmap == null ? null : Map.copyOf(startingRoadmap);
    }
}
