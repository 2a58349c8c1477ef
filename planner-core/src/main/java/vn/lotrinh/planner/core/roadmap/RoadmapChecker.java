package vn.lotrinh.planner.core.roadmap;

import static vn.lotrinh.planner.core.roadmap.Rule.DEPENDENCY_ORDER;
import static vn.lotrinh.planner.core.roadmap.Rule.EXCLUSION;
import static vn.lotrinh.planner.core.roadmap.Rule.HORIZON;
import static vn.lotrinh.planner.core.roadmap.Rule.NO_DUPLICATE_CAPABILITY;
import static vn.lotrinh.planner.core.roadmap.Rule.PERIOD_BUDGET;
import static vn.lotrinh.planner.core.roadmap.Rule.PHASE_BUDGET;
import static vn.lotrinh.planner.core.roadmap.Rule.PINNED_START;
import static vn.lotrinh.planner.core.roadmap.Rule.REPLACEMENT_ORDER;
import static vn.lotrinh.planner.core.roadmap.Rule.RESOURCE_CAPACITY;
import static vn.lotrinh.planner.core.roadmap.Rule.TIME_WINDOW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * The referee of every schedule: checks a start period per component against its plan rule by rule, straight from the
 * semantics of {@code roadmap-plan/1}, and recomputes the objective exactly. It shares no code with the solver, so a
 * solver bug cannot hide behind the same bug here. Stateless and thread-safe.
 */
public final class RoadmapChecker {

    /** Checks a roadmap's starts, paid as it chose, under the objective it was solved for. */
    public CheckReport check(Plan plan, Roadmap roadmap) {
        return check(plan.withFunding(roadmap.fundingChoices()), roadmap.starts(), roadmap.objective());
    }

    /**
     * Checks a schedule whose components that may be paid from several funding options are paid from the ones
     * {@code fundingChoices} names (component id → index into its {@code eligibleFunding}; the first option for one
     * it does not name).
     */
    public CheckReport check(Plan plan, Map<String, Integer> starts, Map<String, Integer> fundingChoices,
            Objective objective) {
        return check(plan.withFunding(fundingChoices), starts, objective);
    }

    /**
     * Checks a schedule against every hard rule of the plan.
     *
     * @param starts component id → start period index ({@code 0 … H-1} inside the horizon); a {@code null} or absent
     *     start means the component is deferred
     * @param objective the objective to recompute
     * @throws IllegalArgumentException when a start names a component that is not in the plan
     */
    public CheckReport check(Plan plan, Map<String, Integer> starts, Objective objective) {
        Objects.requireNonNull(objective, "objective");
        Schedule schedule = new Schedule(plan, starts);
        List<Violation> violations = new ArrayList<>();
        checkDependencies(schedule, violations);
        checkBudgets(schedule, false, violations);
        checkBudgets(schedule, true, violations);
        checkCapacities(schedule, violations);
        checkExclusions(schedule, violations);
        checkDuplicates(schedule, violations);
        checkReplacements(schedule, violations);
        checkWindows(schedule, violations);
        checkHorizon(schedule, violations);
        checkPins(schedule, violations);
        List<String> deferredMust = plan.components().stream()
                .filter(c -> c.isMust() && !schedule.isScheduled(c))
                .map(Component::id)
                .toList();
        return new CheckReport(violations, deferredMust, objectiveValue(schedule, objective));
    }

    // A scheduled component needs each predecessor scheduled and finished, plus the lag, before it starts.
    private static void checkDependencies(Schedule schedule, List<Violation> violations) {
        for (Component successor : schedule.components()) {
            if (!schedule.isScheduled(successor)) {
                continue;
            }
            String starts = successor.id() + " starts " + schedule.label(schedule.start(successor));
            for (Dependency dependency : successor.dependsOn()) {
                Component predecessor = schedule.component(dependency.predecessorId());
                List<String> ids = List.of(successor.id(), predecessor.id());
                if (!schedule.isScheduled(predecessor)) {
                    violations.add(new Violation(DEPENDENCY_ORDER, ids,
                            starts + " but its predecessor " + predecessor.id() + " is deferred"));
                } else if (schedule.start(successor) < schedule.goLive(predecessor) + dependency.lagPeriods()) {
                    violations.add(new Violation(DEPENDENCY_ORDER, ids, starts + " but " + predecessor.id()
                            + " finishes " + schedule.label(schedule.finish(predecessor))
                            + " (lag " + dependency.lagPeriods() + ")"));
                }
            }
        }
    }

    // A budget caps the funding source's spending summed over its periods: one period, or a phase's periods.
    private static void checkBudgets(Schedule schedule, boolean phaseBudgets, List<Violation> violations) {
        for (Budget budget : schedule.plan().budgets()) {
            if (budget.isPhaseBudget() != phaseBudgets) {
                continue;
            }
            long spentMilli = 0;
            List<String> spenders = new ArrayList<>();
            for (Component component : schedule.components()) {
                long componentMilli = 0;
                for (int period = budget.firstPeriod(); period <= budget.lastPeriod(); period++) {
                    componentMilli += schedule.spendingMilli(component, budget.fundingSourceId(), period);
                }
                if (componentMilli != 0) {
                    spenders.add(component.id());
                }
                spentMilli += componentMilli;
            }
            if (spentMilli > budget.amountMilli()) {
                violations.add(new Violation(phaseBudgets ? PHASE_BUDGET : PERIOD_BUDGET, spenders,
                        "budget " + budget.describe() + ": " + Money.format(spentMilli)
                                + " of " + Money.format(budget.amountMilli())));
            }
        }
    }

    // A capacity caps Σ demand of the components under implementation in each period where it applies.
    private static void checkCapacities(Schedule schedule, List<Violation> violations) {
        Plan plan = schedule.plan();
        for (Resource resource : plan.resources()) {
            for (int period = 0; period < plan.horizon(); period++) {
                Long capacityMilli = plan.capacityMilli(resource.id(), period).orElse(null);
                if (capacityMilli == null) {
                    continue;
                }
                long loadMilli = 0;
                List<String> users = new ArrayList<>();
                for (Component component : schedule.components()) {
                    long demandMilli = component.demandMilli().getOrDefault(resource.id(), 0L);
                    if (demandMilli != 0 && schedule.underImplementation(component, period)) {
                        loadMilli += demandMilli;
                        users.add(component.id());
                    }
                }
                if (loadMilli > capacityMilli) {
                    violations.add(new Violation(RESOURCE_CAPACITY, users,
                            "capacity " + resource.id() + " " + schedule.label(period) + ": "
                                    + Money.format(loadMilli) + " of " + Money.format(capacityMilli)));
                }
            }
        }
    }

    // Alternatives cannot both be scheduled; a pair declared from both sides is one violation.
    private static void checkExclusions(Schedule schedule, List<Violation> violations) {
        List<Component> components = schedule.components();
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < components.size(); i++) {
            Component first = components.get(i);
            for (int j = i + 1; j < components.size(); j++) {
                Component second = components.get(j);
                boolean excluded = first.excludes().contains(second.id()) || second.excludes().contains(first.id());
                if (excluded && schedule.isScheduled(first) && schedule.isScheduled(second)) {
                    pairs.add(List.of(first.id(), second.id()));
                }
            }
        }
        for (List<String> pair : pairs) {
            violations.add(new Violation(EXCLUSION, pair, pair.get(0) + " and " + pair.get(1) + " are both scheduled"));
        }
    }

    // Two scheduled components never deliver the same capability unless one replaces the other, directly or along a
    // chain; a pair is one violation naming every capability the two share.
    private static void checkDuplicates(Schedule schedule, List<Violation> violations) {
        Map<String, List<Component>> deliverers = new LinkedHashMap<>();
        for (Component component : schedule.components()) {
            if (schedule.isScheduled(component)) {
                component.capabilities().delivers()
                        .forEach(code -> deliverers.computeIfAbsent(code, c -> new ArrayList<>()).add(component));
            }
        }
        Map<List<String>, List<String>> sharedByPair = new LinkedHashMap<>();
        deliverers.forEach((code, components) -> {
            for (int i = 0; i < components.size(); i++) {
                for (int j = i + 1; j < components.size(); j++) {
                    Component first = components.get(i);
                    Component second = components.get(j);
                    if (!replaces(schedule, first, second) && !replaces(schedule, second, first)) {
                        sharedByPair.computeIfAbsent(List.of(first.id(), second.id()), pair -> new ArrayList<>())
                                .add(code);
                    }
                }
            }
        });
        sharedByPair.forEach((pair, codes) -> violations.add(new Violation(NO_DUPLICATE_CAPABILITY, pair,
                pair.get(0) + " and " + pair.get(1) + " both deliver " + String.join(", ", codes)
                        + " and are both scheduled")));
    }

    // A scheduled component starts only after every scheduled component it replaces (directly or along a chain) is
    // live.
    private static void checkReplacements(Schedule schedule, List<Violation> violations) {
        for (Component newer : schedule.components()) {
            if (!schedule.isScheduled(newer)) {
                continue;
            }
            for (Component older : replacedBy(schedule, newer)) {
                if (schedule.isScheduled(older) && schedule.start(newer) < schedule.goLive(older)) {
                    violations.add(new Violation(REPLACEMENT_ORDER, List.of(newer.id(), older.id()),
                            newer.id() + " starts " + schedule.label(schedule.start(newer)) + " but " + older.id()
                                    + ", which it replaces, finishes " + schedule.label(schedule.finish(older))));
                }
            }
        }
    }

    private static boolean replaces(Schedule schedule, Component newer, Component older) {
        return replacedBy(schedule, newer).contains(older);
    }

    /** Every component that {@code newer} replaces, directly or along a chain of {@code replaces}. */
    private static Set<Component> replacedBy(Schedule schedule, Component newer) {
        Set<Component> older = new LinkedHashSet<>();
        List<String> toVisit = new ArrayList<>(newer.capabilities().replaces());
        while (!toVisit.isEmpty()) {
            Component next = schedule.component(toVisit.remove(toVisit.size() - 1));
            if (next != newer && older.add(next)) {
                toVisit.addAll(next.capabilities().replaces());
            }
        }
        return older;
    }

    // A component may start no earlier than its earliest start and run no later than its latest finish.
    private static void checkWindows(Schedule schedule, List<Violation> violations) {
        for (Component component : schedule.components()) {
            if (!schedule.isScheduled(component)) {
                continue;
            }
            List<String> ids = List.of(component.id());
            Integer earliest = component.earliestStart();
            if (earliest != null && schedule.start(component) < earliest) {
                violations.add(new Violation(TIME_WINDOW, ids, component.id() + " starts "
                        + schedule.label(schedule.start(component)) + ", before its earliest start "
                        + schedule.label(earliest)));
            }
            Integer latest = component.latestFinish();
            if (latest != null && schedule.finish(component) > latest) {
                violations.add(new Violation(TIME_WINDOW, ids, component.id() + " finishes "
                        + schedule.label(schedule.finish(component)) + ", after its latest finish "
                        + schedule.label(latest)));
            }
        }
    }

    // A scheduled component must run entirely inside the horizon: s ≥ 0 and s + d ≤ H.
    private static void checkHorizon(Schedule schedule, List<Violation> violations) {
        int horizon = schedule.plan().horizon();
        for (Component component : schedule.components()) {
            if (!schedule.isScheduled(component)) {
                continue;
            }
            List<String> ids = List.of(component.id());
            if (schedule.start(component) < 0) {
                violations.add(new Violation(HORIZON, ids, component.id() + " starts "
                        + schedule.label(schedule.start(component)) + ", before the horizon starts "
                        + schedule.label(0)));
            }
            if (schedule.goLive(component) > horizon) {
                violations.add(new Violation(HORIZON, ids, component.id() + " finishes "
                        + schedule.label(schedule.finish(component)) + ", after the horizon ends "
                        + schedule.label(horizon - 1)));
            }
        }
    }

    // A pinned component must be scheduled, at its pin.
    private static void checkPins(Schedule schedule, List<Violation> violations) {
        for (Component component : schedule.components()) {
            if (!component.isPinned()) {
                continue;
            }
            String pinned = component.id() + " is pinned to " + schedule.label(component.pinnedStart());
            if (!schedule.isScheduled(component)) {
                violations.add(new Violation(PINNED_START, List.of(component.id()), pinned + " but is deferred"));
            } else if (schedule.start(component) != component.pinnedStart()) {
                violations.add(new Violation(PINNED_START, List.of(component.id()),
                        pinned + " but starts " + schedule.label(schedule.start(component))));
            }
        }
    }

    private static BigDecimal objectiveValue(Schedule schedule, Objective objective) {
        int horizon = schedule.plan().horizon();
        List<Component> scheduled = schedule.components().stream().filter(schedule::isScheduled).toList();
        BigDecimal value = switch (objective) {
            case VALUE_OVER_TIME -> scheduled.stream()
                    .map(c -> BigDecimal.valueOf(c.value())
                            .multiply(BigDecimal.valueOf(horizon - schedule.goLive(c) + 1L)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            case MAX_VALUE -> scheduled.stream()
                    .map(c -> BigDecimal.valueOf(c.value()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            case MIN_MAKESPAN -> BigDecimal.valueOf(-scheduled.stream().mapToLong(schedule::goLive).max().orElse(0L));
        };
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 880 into 8.8E+2; keep whole numbers at scale 0 so they print as 880.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
