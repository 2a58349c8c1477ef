package vn.lotrinh.planner.core.bench;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.solver.RoadmapProblemFactory;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.DependencyLink;
import vn.lotrinh.planner.core.solver.domain.ExclusionPair;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * The same time-indexed model as the exact search's, as a MILP for OR-Tools' {@link MPSolver} (HiGHS, SCIP), to
 * compare the engines on the same plans: {@code x[c,s]} binary, at most one per component (one when pinned), budgets
 * and capacities as linear sums per cap, dependencies in the strong time-indexed form (for every period {@code t}, a
 * successor started by {@code t} needs its predecessor started by {@code t − d − lag}), alternatives at most one,
 * every {@code MUST} component scheduled. Value objectives only.
 */
final class TimeIndexedMip {

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * What a MILP solve found.
     *
     * @param starts start by component id of a feasible roadmap, empty when none was found
     * @param objectiveValue its value in the plan's units, {@code null} when none was found
     * @param bound the solver's bound in the plan's units
     * @param optimal whether the solver proved it optimal
     */
    record Result(Map<String, Integer> starts, Double objectiveValue, double bound, boolean optimal,
            double seconds) {
    }

    private TimeIndexedMip() {
    }

    /**
     * @param engine {@code "HIGHS"} or {@code "SCIP"}
     */
    static Result solve(Plan plan, Objective objective, String engine, Duration timeLimit, int threads) {
        long started = System.nanoTime();
        RoadmapProblem problem = RoadmapProblemFactory.create(plan, objective);
        double scale = RoadmapProblemFactory.valueScaleOf(plan);
        MPSolver solver = MPSolver.createSolver(engine);
        if (solver == null) {
            throw new IllegalStateException(engine + " is not in this OR-Tools build");
        }
        List<ComponentFacts> components = problem.components();
        int horizon = problem.horizon();
        MPVariable[][] x = new MPVariable[components.size()][horizon];
        MPObjective goal = solver.objective();
        for (ComponentFacts facts : components) {
            int i = facts.index();
            MPConstraint oneStart = solver.makeConstraint(facts.timing().isPinned() ? 1 : 0, 1, "one " + i);
            for (int s : starts(facts.timing())) {
                x[i][s] = solver.makeBoolVar("x" + i + "_" + s);
                oneStart.setCoefficient(x[i][s], 1);
                long weight = objective == Objective.VALUE_OVER_TIME
                        ? facts.scaledValue() * Math.max(0, horizon - s - facts.durationPeriods() + 1)
                        : facts.scaledValue();
                goal.setCoefficient(x[i][s], weight);
            }
            if (facts.must()) {
                MPConstraint must = solver.makeConstraint(1, 1, "must " + i);
                for (MPVariable var : x[i]) {
                    if (var != null) {
                        must.setCoefficient(var, 1);
                    }
                }
            }
        }
        goal.setMaximization();
        for (DependencyLink link : problem.dependencyLinks()) {
            int gap = components.get(link.predecessor()).durationPeriods() + link.lagPeriods();
            for (int t = 0; t < horizon; t++) {
                MPConstraint order = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "dep");
                for (int s = 0; s <= t; s++) {
                    if (x[link.successor()][s] != null) {
                        order.setCoefficient(x[link.successor()][s], 1);
                    }
                    if (s <= t - gap && x[link.predecessor()][s] != null) {
                        order.setCoefficient(x[link.predecessor()][s], -1);
                    }
                }
            }
        }
        for (ExclusionPair pair : problem.exclusionPairs()) {
            MPConstraint atMostOne = solver.makeConstraint(0, 1, "excl");
            for (int s = 0; s < horizon; s++) {
                for (int i : new int[] {pair.first(), pair.second()}) {
                    if (x[i][s] != null) {
                        atMostOne.setCoefficient(x[i][s], 1);
                    }
                }
            }
        }
        for (BudgetCap cap : problem.budgetCaps()) {
            MPConstraint budget = solver.makeConstraint(Double.NEGATIVE_INFINITY, cap.capMilli(), cap.label());
            for (ComponentFacts facts : components) {
                for (int s = 0; s < horizon; s++) {
                    if (x[facts.index()][s] != null) {
                        long milli = facts.spending(0).overPeriodsMilli(cap.fundingSource(), cap.firstPeriod(),
                                Math.min(cap.lastPeriod(), horizon - 1), s);
                        if (milli != 0) {
                            budget.setCoefficient(x[facts.index()][s], milli);
                        }
                    }
                }
            }
        }
        for (CapacityCap cap : problem.capacityCaps()) {
            MPConstraint capacity = solver.makeConstraint(Double.NEGATIVE_INFINITY, cap.capMilli(), cap.label());
            for (ComponentFacts facts : components) {
                long demand = facts.spending(0).demandMilli(cap.resource());
                for (int s = Math.max(0, cap.period() - facts.durationPeriods() + 1); s <= cap.period(); s++) {
                    if (demand != 0 && x[facts.index()][s] != null) {
                        capacity.setCoefficient(x[facts.index()][s], demand);
                    }
                }
            }
        }
        solver.setTimeLimit(timeLimit.toMillis());
        solver.setNumThreads(threads);
        MPSolver.ResultStatus status;
        try {
            status = solver.solve();
        } catch (IllegalArgumentException e) {
            // OR-Tools 9.15's Java enum lacks some of the statuses its solvers answer (99 from HiGHS at its time
            // limit): read whatever solution the solver holds, which the benchmark checks.
            status = MPSolver.ResultStatus.NOT_SOLVED;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE
                || status == MPSolver.ResultStatus.NOT_SOLVED && hasSolution(x);
        Map<String, Integer> chosen = new HashMap<>();
        if (found) {
            for (ComponentFacts facts : components) {
                for (int s = 0; s < horizon; s++) {
                    if (x[facts.index()][s] != null && x[facts.index()][s].solutionValue() > 0.5) {
                        chosen.put(facts.id(), s);
                    }
                }
            }
        }
        double bound = found ? goal.bestBound() / scale : Double.NaN;
        Result result = new Result(chosen, found ? goal.value() / scale : null, bound,
                status == MPSolver.ResultStatus.OPTIMAL, seconds);
        solver.delete();
        return result;
    }

    private static boolean hasSolution(MPVariable[][] x) {
        try {
            for (MPVariable[] row : x) {
                for (MPVariable var : row) {
                    if (var != null && var.solutionValue() > 0.5) {
                        return true;
                    }
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    private static int[] starts(Timing timing) {
        if (timing.isPinned()) {
            return new int[] {timing.pinnedStart()};
        }
        return IntStream.rangeClosed(timing.firstStart(), timing.lastStart())
                .filter(s -> s >= 0 && s + timing.durationPeriods() <= timing.horizon()
                        && (timing.windowEarliestStart() == null || s >= timing.windowEarliestStart())
                        && (timing.windowLatestFinish() == null
                                || s + timing.durationPeriods() - 1 <= timing.windowLatestFinish()))
                .toArray();
    }
}
