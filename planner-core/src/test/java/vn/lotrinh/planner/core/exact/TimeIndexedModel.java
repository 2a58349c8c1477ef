package vn.lotrinh.planner.core.exact;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * The time-indexed CP-SAT model of a plan: one boolean {@code x[c,s]} per component and allowed start (inside its
 * window and the horizon; only the pin for a pinned component), at most one per component, exactly one if pinned.
 * Budgets are linear over these booleans with the milli-unit spending of each start as coefficient, computed by
 * {@link Component#fundedMilli} so that rounding matches the solver and the checker.
 *
 * <p>Each component that can start at all also has a start variable, equal to {@code s} when {@code x[c,s]} holds, and
 * an optional interval present when the component is scheduled. Dependencies are stated over the start variables and
 * capacities as one cumulative per resource: the same rules as the time-indexed sums (demand is constant during
 * implementation), in the form CP-SAT propagates best. Measured on PSPLIB j30, the time-indexed capacity and
 * precedence sums on top of them only slowed it down.
 */
final class TimeIndexedModel {

    private final Plan plan;
    private final CpModel model = new CpModel();
    private final List<Component> components;
    private final int[][] starts;
    private final BoolVar[][] x;
    private final BoolVar[] scheduled;
    /** Start variable by component, {@code null} for a component with no allowed start. */
    private final IntVar[] start;
    private final IntervalVar[] interval;
    private final Map<String, Integer> indexById = new HashMap<>();

    TimeIndexedModel(Plan plan) {
        this.plan = plan;
        this.components = plan.components();
        int n = components.size();
        starts = new int[n][];
        x = new BoolVar[n][];
        scheduled = new BoolVar[n];
        start = new IntVar[n];
        interval = new IntervalVar[n];
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
            if (starts[i].length > 0) {
                start[i] = model.newIntVarFromDomain(Domain.fromValues(toLongs(starts[i])), c.id() + " start");
                for (int k = 0; k < starts[i].length; k++) {
                    model.addEquality(start[i], starts[i][k]).onlyEnforceIf(x[i][k]);
                }
                interval[i] = model.newOptionalFixedSizeIntervalVar(start[i], c.durationPeriods(), scheduled[i],
                        c.id() + " implementation");
            }
        }
        addDependencies();
        addExclusions();
        plan.budgets().forEach(this::addBudget);
        plan.resources().forEach(this::addCapacity);
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

    long mustCount() {
        return components.stream().filter(Component::isMust).count();
    }

    /** Requires at least {@code count} {@code MUST} components scheduled. */
    void requireMustScheduled(long count) {
        if (count > 0) {
            model.addGreaterOrEqual(mustScheduled(), count);
        }
    }

    /**
     * The objective to maximise, in scaled units: values times {@code scale} for the value objectives,
     * {@code −makespan} for {@code MIN_MAKESPAN}.
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
                if (start[i] != null) {
                    model.addGreaterOrEqual(makespan, LinearExpr.affine(start[i], 1, duration))
                            .onlyEnforceIf(scheduled[i]);
                }
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

    /**
     * How far a roadmap is from a baseline, as a re-plan counts it: for each component the baseline schedules, the
     * periods it moves, or the horizon when it is deferred.
     */
    LinearExpr changeFrom(Map<String, Integer> baseline) {
        LinearExprBuilder cost = LinearExpr.newBuilder();
        for (int i = 0; i < components.size(); i++) {
            Integer from = baseline.get(components.get(i).id());
            if (from == null) {
                continue;
            }
            cost.add(plan.horizon());
            for (int k = 0; k < starts[i].length; k++) {
                cost.addTerm(x[i][k], Math.abs(starts[i][k] - from) - plan.horizon());
            }
        }
        return cost.build();
    }

    /** Start period by component id in the solver's current solution, {@code null} for deferred components. */
    Map<String, Integer> startsIn(CpSolver solver) {
        Map<String, Integer> result = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Integer chosen = null;
            for (int k = 0; k < starts[i].length; k++) {
                if (solver.booleanValue(x[i][k])) {
                    chosen = starts[i][k];
                }
            }
            result.put(components.get(i).id(), chosen);
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

    /** B scheduled ⇒ A scheduled and start(B) ≥ start(A) + d(A) + lag. */
    private void addDependencies() {
        for (int b = 0; b < components.size(); b++) {
            for (Dependency dependency : components.get(b).dependsOn()) {
                int a = indexById.get(dependency.predecessorId());
                model.addImplication(scheduled[b], scheduled[a]);
                if (start[a] == null || start[b] == null) {
                    continue;
                }
                long gap = (long) components.get(a).durationPeriods() + dependency.lagPeriods();
                model.addGreaterOrEqual(start[b], LinearExpr.affine(start[a], 1, gap)).onlyEnforceIf(scheduled[b]);
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

    /**
     * In every period with a capacity, Σ demand of the components under implementation ≤ the capacity: one
     * cumulative whose level is the highest capacity (the total demand where some period is uncapped), with a fixed
     * interval in each period of lower capacity taking up the difference.
     */
    private void addCapacity(Resource resource) {
        long totalDemand = 0;
        for (int i = 0; i < components.size(); i++) {
            if (interval[i] != null) {
                totalDemand += components.get(i).demandMilli().getOrDefault(resource.id(), 0L);
            }
        }
        if (totalDemand == 0) {
            return;
        }
        long[] capacity = new long[plan.horizon()];
        long level = 0;
        for (int t = 0; t < plan.horizon(); t++) {
            Optional<Long> cap = plan.capacityMilli(resource.id(), t);
            capacity[t] = cap.orElse(totalDemand);
            level = Math.max(level, Math.min(capacity[t], totalDemand));
        }
        CumulativeConstraint cumulative = model.addCumulative(level);
        for (int i = 0; i < components.size(); i++) {
            long demandMilli = components.get(i).demandMilli().getOrDefault(resource.id(), 0L);
            if (interval[i] != null && demandMilli != 0) {
                cumulative.addDemand(interval[i], demandMilli);
            }
        }
        for (int t = 0; t < plan.horizon(); t++) {
            long reserved = level - Math.min(capacity[t], level);
            if (reserved > 0) {
                cumulative.addDemand(model.newFixedInterval(t, 1, resource.id() + " reserved " + t), reserved);
            }
        }
    }

    private static long[] toLongs(int[] values) {
        long[] longs = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            longs[k] = values[k];
        }
        return longs;
    }
}
