package vn.lotrinh.planner.core.solver.domain;

import java.util.List;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;

/**
 * What the solver knows about one component of the plan, fixed for a solve and shared by every copy of the working
 * solution. Other components are named by their index in plan order.
 *
 * @param index the component's position in the plan, and of its assignment in the solution
 * @param scaledValue the component's value times the problem's value scale, so that scores stay integral
 * @param scaledFrameworkBonus the plan's {@code frameworkPreference}, scaled as the value, when the component delivers
 *     a capability the framework catalogue requires of a province; else 0
 * @param spendings what it draws on the caps paid from each of its funding options, the plan's first (or only) one
 *     first
 * @param predecessors one link per {@code dependsOn} entry, in the plan's order
 * @param successors one link per {@code dependsOn} entry of another component naming this one
 * @param alternatives the components that cannot be scheduled beside this one: those it excludes or that exclude it,
 *     and those that duplicate one of its capabilities
 * @param replaces the components it replaces, directly or along a chain: when scheduled, they finish before it starts
 * @param replacedBy the components that replace it, directly or along a chain
 * @param baselineStart where the baseline of a re-plan starts it, {@code null} when it defers it or there is none
 */
public record ComponentFacts(
        String id,
        int index,
        boolean must,
        long scaledValue,
        long scaledFrameworkBonus,
        Timing timing,
        List<Spending> spendings,
        List<Link> predecessors,
        List<Link> successors,
        List<Integer> alternatives,
        List<Integer> replaces,
        List<Integer> replacedBy,
        SearchHints hints,
        Integer baselineStart) {

    public ComponentFacts {
        spendings = List.copyOf(spendings);
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
        alternatives = List.copyOf(alternatives);
        replaces = List.copyOf(replaces);
        replacedBy = List.copyOf(replacedBy);
    }

    /** What it draws on the caps when paid from funding option {@code option}. */
    public Spending spending(int option) {
        return spendings.get(option);
    }

    /** Whether the solver chooses among several funding options. */
    public boolean hasFundingChoice() {
        return spendings.size() > 1;
    }

    public int durationPeriods() {
        return timing.durationPeriods();
    }
}
