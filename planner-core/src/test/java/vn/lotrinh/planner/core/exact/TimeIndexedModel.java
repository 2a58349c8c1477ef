package vn.lotrinh.planner.core.exact;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * The time-indexed CP-SAT model of a plan: one boolean {@code x[c,s]} per component and allowed start, with every hard
 * rule of {@code roadmap-plan/1} as a linear constraint over them. Money and demand coefficients are the milli-unit
 * figures of the core model, so rounding matches the solver and the checker.
 */
final class TimeIndexedModel {

    private final Plan plan;
    private final CpModel model = new CpModel();
    private final List<Component> components;
    private final int[][] starts;
    private final BoolVar[][] x;
    private final BoolVar[] scheduled;
    private final Map<String, Integer> indexById = new HashMap<>();

    TimeIndexedModel(Plan plan) {
        this.plan = plan;
        this.components = plan.components();
        int n = components.size();
        starts = new int[n][];
        x = new BoolVar[n][];
        scheduled = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            Component c = components.get(i);
            indexById.put(c.id(), i);
            starts[i] = allowedStarts(c, plan.horizon());
            x[i] = new BoolVar[starts[i].length];
            for (int k = 0; k < starts[i].length; k++) {
                x[i][k] = model.newBoolVar(c.id() + "@" + starts[i][k]);
            }
            scheduled[i] = model.newBoolVar(c.id() + " scheduled");
            model.addEquality(LinearExpr.sum(x[i]), scheduled[i]);
            if (c.isPinned()) {
                model.addEquality(scheduled[i], 1);
            }
        }
        addDependencies();
        addExclusions();
        plan.budgets().forEach(this::addBudget);
        plan.resources().forEach(this::addCapacities);
    }

    CpModel model() {
        return model;
    }

    /** The number of scheduled {@code MUST} components. */
    LinearExpr mustScheduled() {
        LinearExprBuilder count = LinearExpr.newBuilder();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).isMust()) {
                count.add(scheduled[i]);
            }
        }
        return count.build();
    }

    boolean hasMust() {
        return components.stream().anyMatch(Component::isMust);
    }

    /**
     * The objective to maximise, in scaled units: values times {@code scale} for the value objectives, {@code −makespan}
     * for {@code MIN_MAKESPAN}.
     */
    LinearExpr objective(Objective objective, ValueScale scale) {
        int horizon = plan.horizon();
        LinearExprBuilder sum = LinearExpr.newBuilder();
        if (objective == Objective.MIN_MAKESPAN) {
            IntVar makespan = model.newIntVar(0, horizon, "makespan");
            for (int i = 0; i < components.size(); i++) {
                int duration = components.get(i).durationPeriods();
                LinearExprBuilder finish = LinearExpr.newBuilder();
                for (int k = 0; k < starts[i].length; k++) {
                    finish.addTerm(x[i][k], starts[i][k] + duration);
                }
                model.addGreaterOrEqual(makespan, finish);
            }
            sum.addTerm(makespan, -1);
            return sum.build();
        }
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            long value = scale.scaled(c.value());
            for (int k = 0; k < starts[i].length; k++) {
                long weight = objective == Objective.VALUE_OVER_TIME
                        ? Math.multiplyExact(value, horizon - starts[i][k] - c.durationPeriods() + 1)
                        : value;
                sum.addTerm(x[i][k], weight);
            }
        }
        return sum.build();
    }

    /** Start period by component id in the solver's current solution, {@code null} for deferred components. */
    Map<String, Integer> startsIn(CpSolver solver) {
        Map<String, Integer> result = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Integer start = null;
            for (int k = 0; k < starts[i].length; k++) {
                if (solver.booleanValue(x[i][k])) {
                    start = starts[i][k];
                }
            }
            result.put(components.get(i).id(), start);
        }
        return result;
    }

    /** Hints the solution found so far, so that the next phase starts from it. */
    void hint(CpSolver solver) {
        for (BoolVar[] row : x) {
            for (BoolVar var : row) {
                model.addHint(var, solver.booleanValue(var));
            }
        }
    }

    /** Starts inside the component's window and the horizon; only the pin for a pinned component. */
    private static int[] allowedStarts(Component c, int horizon) {
        int duration = c.durationPeriods();
        if (c.isPinned()) {
            int pin = c.pinnedStart();
            return pin >= 0 && pin + duration <= horizon ? new int[] {pin} : new int[0];
        }
        int first = c.earliestStart() == null ? 0 : Math.max(0, c.earliestStart());
        int last = horizon - duration;
        if (c.latestFinish() != null) {
            last = Math.min(last, c.latestFinish() - duration + 1);
        }
        if (last < first) {
            return new int[0];
        }
        int[] allowed = new int[last - first + 1];
        for (int k = 0; k < allowed.length; k++) {
            allowed[k] = first + k;
        }
        return allowed;
    }

    private LinearExpr start(int i) {
        LinearExprBuilder start = LinearExpr.newBuilder();
        for (int k = 0; k < starts[i].length; k++) {
            start.addTerm(x[i][k], starts[i][k]);
        }
        return start.build();
    }

    /** B scheduled ⇒ A scheduled and start(B) ≥ start(A) + d(A) + lag. */
    private void addDependencies() {
        for (int b = 0; b < components.size(); b++) {
            for (Dependency dependency : components.get(b).dependsOn()) {
                int a = indexById.get(dependency.predecessorId());
                long gap = (long) components.get(a).durationPeriods() + dependency.lagPeriods();
                model.addImplication(scheduled[b], scheduled[a]);
                LinearExpr earliest = LinearExpr.newBuilder().add(start(a)).add(gap).build();
                model.addGreaterOrEqual(start(b), earliest).onlyEnforceIf(scheduled[b]);
            }
        }
    }

    private void addExclusions() {
        Set<Set<Integer>> pairs = new HashSet<>();
        for (int a = 0; a < components.size(); a++) {
            for (String excluded : components.get(a).excludes()) {
                int b = indexById.get(excluded);
                if (pairs.add(Set.of(a, b))) {
                    model.addAtMostOne(new BoolVar[] {scheduled[a], scheduled[b]});
                }
            }
        }
    }

    /** Σ over the budget's periods of the funding source's spending, for every component and start, ≤ the cap. */
    private void addBudget(Budget budget) {
        LinearExprBuilder spending = LinearExpr.newBuilder();
        boolean any = false;
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (c.fundingShare(budget.fundingSourceId()) == 0) {
                continue;
            }
            for (int k = 0; k < starts[i].length; k++) {
                long milli = spendingMilli(c, starts[i][k], budget);
                if (milli != 0) {
                    spending.addTerm(x[i][k], milli);
                    any = true;
                }
            }
        }
        if (any) {
            model.addLessOrEqual(spending, budget.amountMilli());
        }
    }

    private long spendingMilli(Component c, int start, Budget budget) {
        boolean opexInBudget = plan.economics().opexInBudget();
        int live = start + c.durationPeriods();
        long total = 0;
        for (int t = budget.firstPeriod(); t <= Math.min(budget.lastPeriod(), plan.horizon() - 1); t++) {
            long cost = c.capexAtOffsetMilli(t - start) + (opexInBudget && t >= live ? c.opexPerPeriodMilli() : 0);
            total += c.fundedMilli(budget.fundingSourceId(), cost);
        }
        return total;
    }

    /** In every period with a capacity, Σ demand of the components under implementation ≤ the capacity. */
    private void addCapacities(Resource resource) {
        for (int t = 0; t < plan.horizon(); t++) {
            int period = t;
            plan.capacityMilli(resource.id(), period).ifPresent(capacity -> {
                LinearExprBuilder demand = LinearExpr.newBuilder();
                boolean any = false;
                for (int i = 0; i < components.size(); i++) {
                    Component c = components.get(i);
                    long demandMilli = c.demandMilli().getOrDefault(resource.id(), 0L);
                    if (demandMilli == 0) {
                        continue;
                    }
                    for (int k = 0; k < starts[i].length; k++) {
                        int s = starts[i][k];
                        if (s <= period && period < s + c.durationPeriods()) {
                            demand.addTerm(x[i][k], demandMilli);
                            any = true;
                        }
                    }
                }
                if (any) {
                    model.addLessOrEqual(demand, capacity);
                }
            });
        }
    }
}
