package vn.lotrinh.planner.core.solver.exact;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.util.Domain;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.DependencyLink;
import vn.lotrinh.planner.core.solver.domain.Placement;
import vn.lotrinh.planner.core.solver.domain.ReplacementLink;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * The time-indexed CP-SAT model of a {@link RoadmapProblem}, with every rule of the plan as a hard constraint: one
 * boolean {@code x[c,s]} per component and start it may take (see {@link #startsOf}), at most one per component and
 * exactly one for a pinned component; each period and phase budget a linear sum of the milli-unit spending of each
 * start (the same figures as the OptaPlanner constraints, from the component's {@code Spending}); a scheduled
 * successor needs its predecessor scheduled and finished plus the lag; alternatives and duplicate providers of a
 * capability at most one; a replacement, when both are scheduled, after what it replaces; each capacity a
 * cumulative over optional implementation intervals. Every start it allows keeps the horizon and the window. Under
 * the value objectives dependencies and capacities are also stated as time-indexed sums: CP-SAT propagates the start
 * and cumulative forms best, while its linear relaxation, which bounds the value, needs the sums (on a generated plan
 * of 150 components they took the bound after 10 s from 13 % above the optimum to the proven optimum; see
 * docs/benchmarks.md, "Exact search"). Under {@code MIN_MAKESPAN} the sums only slowed PSPLIB j30 down, and a
 * makespan without budgets or funding choices has no booleans per start at all ({@link #needsStartChoices}).
 *
 * <p>The objective, maximised, is in exact units: the soft score for {@code VALUE_OVER_TIME} and {@code MAX_VALUE}
 * (values scaled as the problem scales them), {@code −makespan} for {@code MIN_MAKESPAN}; the early-finish tie-breaker
 * is left to the heuristic, so that a proof of the makespan is not held up by it. {@code MUST} components are counted
 * apart ({@link #mustScheduled}), to be required or maximised before the objective.
 */
final class ExactModel {

    private final RoadmapProblem problem;
    private final CpModel model = new CpModel();
    /** Whether the model has a boolean per start ({@link #needsStartChoices}), or starts and intervals alone. */
    private final boolean startChoices;
    /** The choices of each component, by start then funding option: the start and the option of {@code x[c][k]}. */
    private final int[][] starts;
    private final int[][] options;
    private final BoolVar[][] x;
    private final BoolVar[] scheduled;
    /** Start and implementation interval by component, {@code null} for one that cannot start at all. */
    private final IntVar[] start;
    private final IntervalVar[] interval;

    ExactModel(RoadmapProblem problem) {
        this.problem = problem;
        List<ComponentFacts> components = problem.components();
        int n = components.size();
        starts = new int[n][];
        options = new int[n][];
        x = new BoolVar[n][];
        scheduled = new BoolVar[n];
        start = new IntVar[n];
        interval = new IntervalVar[n];
        startChoices = needsStartChoices(problem);
        for (int i = 0; i < n; i++) {
            ComponentFacts facts = components.get(i);
            int[] admissible = startsOf(facts.timing());
            // Without start choices a component has no booleans x[c, s]: its start variable alone says when.
            int optionCount = startChoices ? facts.spendings().size() : 0;
            starts[i] = new int[admissible.length * optionCount];
            options[i] = new int[admissible.length * optionCount];
            x[i] = new BoolVar[starts[i].length];
            for (int k = 0; k < starts[i].length; k++) {
                starts[i][k] = admissible[k / optionCount];
                options[i][k] = k % optionCount;
                x[i][k] = model.newBoolVar(facts.id() + "@" + starts[i][k] + "/" + options[i][k]);
            }
            scheduled[i] = model.newBoolVar(facts.id() + " scheduled");
            if (startChoices) {
                model.addEquality(LinearExpr.sum(x[i]), scheduled[i]);
            } else if (admissible.length == 0) {
                model.addEquality(scheduled[i], 0);
            }
            if (facts.timing().isPinned()) {
                model.addEquality(scheduled[i], 1);
            }
            if (admissible.length > 0) {
                start[i] = model.newIntVarFromDomain(Domain.fromValues(toLongs(admissible)), facts.id() + " start");
                for (int k = 0; k < starts[i].length; k++) {
                    model.addEquality(start[i], starts[i][k]).onlyEnforceIf(x[i][k]);
                }
                interval[i] = model.newOptionalFixedSizeIntervalVar(start[i], facts.durationPeriods(), scheduled[i],
                        facts.id() + " implementation");
            }
        }
        problem.dependencyLinks().forEach(this::addDependency);
        problem.exclusionPairs().forEach(pair -> addAtMostOne(pair.first(), pair.second()));
        problem.duplicateProviders().forEach(pair -> addAtMostOne(pair.first(), pair.second()));
        problem.replacementLinks().forEach(this::addReplacement);
        problem.budgetCaps().forEach(this::addBudget);
        for (int r = 0; r < problem.resourceCount(); r++) {
            addCapacity(r);
        }
    }

    /**
     * The model's size in choices, without building it: Σ over components of {@link #startsOf} times the funding
     * options, or with no start choices ({@link #needsStartChoices}) one per component.
     */
    static long size(RoadmapProblem problem) {
        if (!needsStartChoices(problem)) {
            return problem.components().size();
        }
        long size = 0;
        for (ComponentFacts facts : problem.components()) {
            size += (long) startsOf(facts.timing()).length * facts.spendings().size();
        }
        return size;
    }

    /**
     * Whether the model needs a boolean per start: for the value objectives, whose weights depend on the start, and
     * for budgets and funding choices, whose spending does. A makespan without either is a scheduling problem alone,
     * stated by starts, intervals and cumulatives; on PSPLIB that model is the size of the project, not of its
     * horizon (j60 #1: 60 against 18,041 start choices).
     */
    static boolean needsStartChoices(RoadmapProblem problem) {
        return problem.objective() != Objective.MIN_MAKESPAN || !problem.budgetCaps().isEmpty()
                || problem.components().stream().anyMatch(ComponentFacts::hasFundingChoice);
    }

    /**
     * The starts a component may take: its pin when pinned (none when the pin breaks the horizon or the window),
     * else every start from the earliest its window and predecessors allow to the latest its window, the horizon and
     * pinned successors allow.
     */
    static int[] startsOf(Timing timing) {
        Predicate<Integer> keepsHorizonAndWindow = s -> s >= 0 && s + timing.durationPeriods() <= timing.horizon()
                && (timing.windowEarliestStart() == null || s >= timing.windowEarliestStart())
                && (timing.windowLatestFinish() == null
                        || s + timing.durationPeriods() - 1 <= timing.windowLatestFinish());
        if (timing.isPinned()) {
            return keepsHorizonAndWindow.test(timing.pinnedStart()) ? new int[] {timing.pinnedStart()} : new int[0];
        }
        return IntStream.rangeClosed(timing.firstStart(), timing.lastStart())
                .filter(keepsHorizonAndWindow::test).toArray();
    }

    CpModel model() {
        return model;
    }

    /** The number of scheduled {@code MUST} components. */
    LinearExpr mustScheduled() {
        LinearExprBuilder count = LinearExpr.newBuilder();
        for (int i = 0; i < scheduled.length; i++) {
            if (problem.components().get(i).must()) {
                count.add(scheduled[i]);
            }
        }
        return count.build();
    }

    long mustCount() {
        return problem.components().stream().filter(ComponentFacts::must).count();
    }

    /** Requires at least {@code count} scheduled {@code MUST} components. */
    void requireMustScheduled(long count) {
        if (count > 0) {
            model.addGreaterOrEqual(mustScheduled(), count);
        }
    }

    /** The objective in exact units (see the class comment), to maximise. */
    LinearExpr objective() {
        int horizon = problem.horizon();
        List<ComponentFacts> components = problem.components();
        LinearExprBuilder sum = LinearExpr.newBuilder();
        if (problem.objective() == Objective.MIN_MAKESPAN) {
            IntVar makespan = model.newIntVar(0, horizon, "makespan");
            for (int i = 0; i < components.size(); i++) {
                if (start[i] != null) {
                    model.addGreaterOrEqual(makespan,
                            LinearExpr.affine(start[i], 1, components.get(i).durationPeriods()))
                            .onlyEnforceIf(scheduled[i]);
                }
            }
            sum.addTerm(makespan, -1);
            return sum.build();
        }
        for (int i = 0; i < components.size(); i++) {
            ComponentFacts facts = components.get(i);
            for (int k = 0; k < starts[i].length; k++) {
                sum.addTerm(x[i][k], ExactObjective.weight(problem.objective(), facts, starts[i][k], horizon));
            }
        }
        return sum.build();
    }

    /** Suggests a roadmap (placement by component index, deferred ones absent) as CP-SAT's first solution. */
    void hint(Map<Integer, Placement> placementsByIndex) {
        model.clearHints();
        for (int i = 0; i < x.length; i++) {
            Placement chosen = placementsByIndex.get(i);
            for (int k = 0; k < x[i].length; k++) {
                model.addHint(x[i][k], chosen != null && chosen.start() == starts[i][k]
                        && chosen.fundingOption() == options[i][k]);
            }
            if (!startChoices && start[i] != null) {
                model.addHint(scheduled[i], chosen != null);
                if (chosen != null) {
                    model.addHint(start[i], chosen.start());
                }
            }
        }
    }

    /** Placement by component index of the components a solution schedules, read through CP-SAT's answers. */
    Map<Integer, Placement> placementsIn(Predicate<Literal> isTrue, ToLongFunction<LinearArgument> valueOf) {
        Map<Integer, Placement> result = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < x[i].length; k++) {
                if (isTrue.test(x[i][k])) {
                    result.put(i, new Placement(starts[i][k], options[i][k]));
                }
            }
            if (!startChoices && start[i] != null && isTrue.test(scheduled[i])) {
                result.put(i, new Placement(Math.toIntExact(valueOf.applyAsLong(start[i])), 0));
            }
        }
        return result;
    }

    /** B scheduled ⇒ A scheduled and start(B) ≥ start(A) + d(A) + lag. */
    private void addDependency(DependencyLink link) {
        int a = link.predecessor();
        int b = link.successor();
        model.addImplication(scheduled[b], scheduled[a]);
        if (start[a] != null && start[b] != null) {
            long gap = (long) problem.components().get(a).durationPeriods() + link.lagPeriods();
            model.addGreaterOrEqual(start[b], LinearExpr.affine(start[a], 1, gap)).onlyEnforceIf(scheduled[b]);
            if (problem.objective() != Objective.MIN_MAKESPAN) {
                addTimeIndexedOrder(a, b, gap);
            }
        }
    }

    /**
     * The same order in time-indexed form, for the linear relaxation of the value objectives: for every start
     * {@code t} of B, B started by {@code t} needs A started by {@code t − gap}.
     */
    private void addTimeIndexedOrder(int a, int b, long gap) {
        for (int kb = 0; kb < starts[b].length; kb++) {
            LinearExprBuilder order = LinearExpr.newBuilder();
            for (int k = 0; k <= kb; k++) {
                order.add(x[b][k]);
            }
            for (int ka = 0; ka < starts[a].length && starts[a][ka] <= starts[b][kb] - gap; ka++) {
                order.addTerm(x[a][ka], -1);
            }
            model.addLessOrEqual(order, 0);
        }
    }

    /** Alternatives, and two providers of the same capability: at most one of them scheduled. */
    private void addAtMostOne(int first, int second) {
        model.addAtMostOne(new BoolVar[] {scheduled[first], scheduled[second]});
    }

    /** Both scheduled ⇒ start(newer) ≥ start(older) + d(older). */
    private void addReplacement(ReplacementLink link) {
        int older = link.older();
        int newer = link.newer();
        if (start[older] != null && start[newer] != null) {
            model.addGreaterOrEqual(start[newer],
                    LinearExpr.affine(start[older], 1, problem.components().get(older).durationPeriods()))
                    .onlyEnforceIf(new Literal[] {scheduled[older], scheduled[newer]});
        }
    }

    /** Σ over the cap's periods of the funding source's spending, for every component and start, ≤ the cap. */
    private void addBudget(BudgetCap cap) {
        LinearExprBuilder spending = LinearExpr.newBuilder();
        boolean any = false;
        for (ComponentFacts facts : problem.components()) {
            int i = facts.index();
            for (int k = 0; k < starts[i].length; k++) {
                if (!facts.spending(options[i][k]).isFundedBy(cap.fundingSource())) {
                    continue;
                }
                long milli = facts.spending(options[i][k]).overPeriodsMilli(cap.fundingSource(), cap.firstPeriod(),
                        Math.min(cap.lastPeriod(), problem.horizon() - 1), starts[i][k]);
                if (milli != 0) {
                    spending.addTerm(x[i][k], milli);
                    any = true;
                }
            }
        }
        if (any) {
            model.addLessOrEqual(spending, cap.capMilli());
        }
    }

    /**
     * In every period where the resource is capped, Σ demand of the components under implementation ≤ the capacity:
     * one cumulative whose level is the highest capacity (the total demand where some period is uncapped), with a
     * fixed interval in each period of lower capacity taking up the difference. Measured on PSPLIB j30, this propagates
     * better than time-indexed sums.
     */
    private void addCapacity(int resource) {
        long totalDemand = 0;
        for (ComponentFacts facts : problem.components()) {
            if (interval[facts.index()] != null) {
                totalDemand += facts.spending(0).demandMilli(resource);
            }
        }
        if (totalDemand == 0) {
            return;
        }
        long[] capacity = new long[problem.horizon()];
        Arrays.fill(capacity, totalDemand);
        for (CapacityCap cap : problem.capacityCaps()) {
            if (cap.resource() == resource) {
                capacity[cap.period()] = Math.min(cap.capMilli(), totalDemand);
            }
        }
        long level = Arrays.stream(capacity).max().orElse(0);
        CumulativeConstraint cumulative = model.addCumulative(level);
        for (ComponentFacts facts : problem.components()) {
            long demandMilli = facts.spending(0).demandMilli(resource);
            if (interval[facts.index()] != null && demandMilli != 0) {
                cumulative.addDemand(interval[facts.index()], demandMilli);
            }
        }
        if (problem.objective() != Objective.MIN_MAKESPAN) {
            addTimeIndexedCapacity(resource);
        }
        for (int t = 0; t < capacity.length; t++) {
            long reserved = level - capacity[t];
            if (reserved > 0) {
                cumulative.addDemand(model.newFixedInterval(t, 1, "resource " + resource + " reserved " + t),
                        reserved);
            }
        }
    }

    /** The capacities as time-indexed sums too, for the linear relaxation of the value objectives. */
    private void addTimeIndexedCapacity(int resource) {
        for (CapacityCap cap : problem.capacityCaps()) {
            if (cap.resource() != resource) {
                continue;
            }
            LinearExprBuilder load = LinearExpr.newBuilder();
            for (ComponentFacts facts : problem.components()) {
                long demandMilli = facts.spending(0).demandMilli(resource);
                int i = facts.index();
                for (int k = 0; k < starts[i].length && demandMilli != 0; k++) {
                    if (starts[i][k] <= cap.period() && cap.period() < starts[i][k] + facts.durationPeriods()) {
                        load.addTerm(x[i][k], demandMilli);
                    }
                }
            }
            model.addLessOrEqual(load, cap.capMilli());
        }
    }

    private static long[] toLongs(int[] values) {
        return Arrays.stream(values).asLongStream().toArray();
    }
}
