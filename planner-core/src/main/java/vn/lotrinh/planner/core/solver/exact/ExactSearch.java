package vn.lotrinh.planner.core.solver.exact;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lotrinh.planner.core.solver.domain.Placement;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;

/**
 * One exact search of a {@link RoadmapProblem}: its {@link ExactModel} solved by OR-Tools CP-SAT from a hinted
 * roadmap, reporting every roadmap it finds and every bound it proves as they come. Scheduling {@code MUST}
 * components ranks above the objective: the first solve requires every one; only when CP-SAT proves that impossible
 * does it find the most that fit, fix that count and solve for the objective again. All solves share the limits.
 * {@link #run} runs on the calling thread; {@link #stop} may be called from any thread.
 */
public final class ExactSearch {

    private static final Logger LOG = LoggerFactory.getLogger(ExactSearch.class);

    static {
        Loader.loadNativeLibraries();
    }

    /** What the search reports while it runs, on CP-SAT's threads: keep it short. */
    public interface Listener {

        /** A roadmap that keeps every rule of the plan, as placement by component index (deferred ones absent). */
        void onRoadmap(Map<Integer, Placement> placementsByIndex);

        /** A better bound on the objective. */
        void onBound(ExactBound bound);
    }

    /**
     * How the search ended.
     *
     * @param bound the last bound it proved, {@code null} when it proved none
     * @param infeasible whether it proved that no roadmap keeps every rule of the plan
     */
    public record Outcome(ExactBound bound, boolean infeasible) {
    }

    private final RoadmapProblem problem;
    private final ExactSettings settings;
    private volatile boolean stopped;
    private CpSolver current;
    private RunningSolve running;
    private Map<Integer, Placement> restartHint;

    public ExactSearch(RoadmapProblem problem, ExactSettings settings) {
        this.problem = problem;
        this.settings = settings;
    }

    /** The size of the problem's model in start choices (see {@link ExactSettings#maxModelSize}). */
    public static long modelSize(RoadmapProblem problem) {
        return ExactModel.size(problem);
    }

    /**
     * Searches until the optimum is proven, the time limit or the settings' deterministic time limit is reached, or
     * {@link #stop} is called.
     *
     * @param hint a roadmap to start from, as placement by component index
     */
    public Outcome run(Map<Integer, Placement> hint, Duration timeLimit, Listener listener) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Budget budget = new Budget(deadline, settings.deterministicTimeLimit());
        ExactModel allMust = new ExactModel(problem);
        long mustCount = allMust.mustCount();
        allMust.requireMustScheduled(mustCount);
        allMust.model().maximize(allMust.objective());
        allMust.hint(hint);
        PhaseResult first = solve(allMust, budget, listener, new BoundScope(mustCount, true));
        if (first.status != CpSolverStatus.INFEASIBLE) {
            return new Outcome(first.bound, false);
        }
        if (mustCount == 0) {
            return new Outcome(null, true);
        }
        ExactModel counted = new ExactModel(problem);
        counted.model().maximize(counted.mustScheduled());
        counted.hint(hint);
        PhaseResult counting = solve(counted, budget, listener, null);
        if (counting.status == CpSolverStatus.INFEASIBLE) {
            return new Outcome(null, true);
        }
        if (!counting.hasSolution()) {
            return new Outcome(null, false);
        }
        long most = counting.objective;
        counted.requireMustScheduled(most);
        counted.hint(counting.starts);
        counted.model().clearObjective();
        counted.model().maximize(counted.objective());
        PhaseResult last = solve(counted, budget, listener,
                new BoundScope(most, counting.status == CpSolverStatus.OPTIMAL));
        return new Outcome(last.bound, false);
    }

    /**
     * Offers a roadmap found elsewhere: when it keeps every rule, schedules the {@code MUST} components the running
     * solve requires and beats the best roadmap of that solve, the solve stops and starts again from it as its hint,
     * keeping its limits (OR-Tools takes no solution into a running CP-SAT search). Safe to call from any thread.
     *
     * @param roadmap placement by component index, deferred components absent
     * @param objective the roadmap's objective (see {@link ExactObjective#of})
     * @param mustScheduled how many {@code MUST} components it schedules
     * @return whether the search restarts from it
     */
    public boolean restartFrom(Map<Integer, Placement> roadmap, long objective, long mustScheduled) {
        CpSolver solver;
        synchronized (this) {
            if (stopped || current == null || running == null || !running.isBeatenBy(objective, mustScheduled)) {
                return false;
            }
            restartHint = Map.copyOf(roadmap);
            running.found(objective);
            solver = current;
        }
        solver.stopSearch();
        return true;
    }

    /** Ends the search as soon as possible; what it found stands. Safe to call again and before {@link #run}. */
    public void stop() {
        stopped = true;
        CpSolver solver;
        synchronized (this) {
            solver = current;
        }
        if (solver != null) {
            solver.stopSearch();
        }
    }

    /**
     * One solve of a model.
     *
     * @param scope for a model that maximises the objective, the {@code MUST} components every roadmap of it
     *     schedules and whether no roadmap schedules more (its bounds are reported in that scope); {@code null} for
     *     the model that counts them
     */
    private PhaseResult solve(ExactModel model, Budget budget, Listener listener, BoundScope scope) {
        RunningSolve solve = scope == null ? null : new RunningSolve(scope.mustScheduled());
        synchronized (this) {
            running = solve;
        }
        try {
            PhaseResult result = solveOnce(model, budget, listener, scope, solve);
            Map<Integer, Placement> hint;
            while ((hint = takeRestartHint()) != null && !stopped && !budget.exhausted()) {
                model.hint(hint);
                PhaseResult again = solveOnce(model, budget, listener, scope, solve);
                // A restart stopped before it found anything still had the roadmaps of the solves before it.
                result = again.hasSolution() || !result.hasSolution() ? again : result;
            }
            return result;
        } finally {
            synchronized (this) {
                running = null;
                restartHint = null;
            }
        }
    }

    private synchronized Map<Integer, Placement> takeRestartHint() {
        Map<Integer, Placement> hint = restartHint;
        restartHint = null;
        return hint;
    }

    private PhaseResult solveOnce(ExactModel model, Budget budget, Listener listener, BoundScope scope,
            RunningSolve solve) {
        if (stopped || budget.exhausted()) {
            return PhaseResult.NONE;
        }
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(settings.workers())
                .setRandomSeed(ExactSettings.RANDOM_SEED)
                .setMaxTimeInSeconds(budget.secondsLeft())
                .setMaxMemoryInMb(settings.maxMemoryMb())
                // Probing spends seconds of presolve on the thousands of start booleans and rarely pays for it
                // here: on PSPLIB j30 it made proofs two to ten times slower.
                .setCpModelProbingLevel(0);
        if (budget.deterministicLeft() != null) {
            solver.getParameters().setMaxDeterministicTime(budget.deterministicLeft());
        }
        // Bounds come with each solution and at the end, not through CpSolver.setBestBoundCallback: in OR-Tools 9.15
        // its Java binding calls back into the JVM from CP-SAT's threads through a reference it does not keep, which
        // crashed the JVM here (SIGSEGV in a worker thread attaching to the JVM, a few seconds into a solve).
        synchronized (this) {
            current = solver;
        }
        if (stopped) {
            return PhaseResult.NONE;
        }
        CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                if (solve != null) {
                    solve.found(Math.round(objectiveValue()));
                }
                try {
                    listener.onRoadmap(model.placementsIn(this::booleanValue, this::value));
                } catch (RuntimeException e) {
                    LOG.error("A roadmap of the exact search could not be taken; the search goes on", e);
                }
                if (scope != null) {
                    report(listener, scope.bound(bestObjectiveBound()));
                }
            }
        };
        CpSolverStatus status = solver.solve(model.model(), callback);
        synchronized (this) {
            current = null;
        }
        budget.spend(solver.response().getDeterministicTime());
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        // A solve stopped before it found anything (status UNKNOWN) answers a bound of 0, which bounds nothing: only
        // a solve with a solution answers a bound here, the others' came through the callbacks.
        ExactBound bound = scope != null && solved ? scope.bound(solver.bestObjectiveBound()) : null;
        return new PhaseResult(status, solved ? Math.round(solver.objectiveValue()) : 0,
                solved ? model.placementsIn(solver::booleanValue, solver::value) : Map.of(), bound);
    }

    private static void report(Listener listener, ExactBound bound) {
        try {
            listener.onBound(bound);
        } catch (RuntimeException e) {
            LOG.error("A bound of the exact search could not be taken; the search goes on", e);
        }
    }

    /** A solve for the objective while it runs: the {@code MUST} count it requires and its best objective so far. */
    private static final class RunningSolve {

        private final long mustRequired;
        private long best = Long.MIN_VALUE;

        RunningSolve(long mustRequired) {
            this.mustRequired = mustRequired;
        }

        synchronized void found(long objective) {
            best = Math.max(best, objective);
        }

        synchronized boolean isBeatenBy(long objective, long mustScheduled) {
            return mustScheduled >= mustRequired && objective > best;
        }
    }

    /** Which roadmaps a model's bounds speak of (see {@link ExactBound}). */
    private record BoundScope(long mustScheduled, boolean mostMust) {

        /** The objective is integral, so its bound may be rounded down to an integer. */
        ExactBound bound(double bound) {
            return new ExactBound((long) Math.floor(bound + 1e-6), mustScheduled, mostMust);
        }
    }

    private record PhaseResult(CpSolverStatus status, long objective, Map<Integer, Placement> starts,
            ExactBound bound) {

        static final PhaseResult NONE = new PhaseResult(CpSolverStatus.UNKNOWN, 0, Map.of(), null);

        boolean hasSolution() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }
    }

    /** What is left of the limits the solves share: wall time, and deterministic time when bounded by it. */
    private static final class Budget {

        private final long deadlineNanos;
        private Double deterministicLeft;

        Budget(long deadlineNanos, Double deterministicLimit) {
            this.deadlineNanos = deadlineNanos;
            this.deterministicLeft = deterministicLimit;
        }

        double secondsLeft() {
            return Math.max(0, (deadlineNanos - System.nanoTime()) / 1e9);
        }

        Double deterministicLeft() {
            return deterministicLeft;
        }

        void spend(double deterministicTime) {
            if (deterministicLeft != null) {
                deterministicLeft = Math.max(0, deterministicLeft - deterministicTime);
            }
        }

        boolean exhausted() {
            return secondsLeft() <= 0 || (deterministicLeft != null && deterministicLeft <= 0);
        }
    }
}
