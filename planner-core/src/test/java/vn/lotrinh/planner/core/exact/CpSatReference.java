package vn.lotrinh.planner.core.exact;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * An exact reference for roadmap plans, for tests and benchmarks: the {@link TimeIndexedModel} solved by OR-Tools
 * CP-SAT on two workers with a fixed seed, within a time limit.
 *
 * <p>Scheduling {@code MUST} components ranks above the objective. Most plans fit all of them, so the first solve
 * requires every one; only when CP-SAT proves that impossible does it find the most that fit, fix that count and solve
 * for the objective again. All solves share the time limit.
 */
public final class CpSatReference {

    private static final int WORKERS = 2;
    private static final int RANDOM_SEED = 20_210_101;

    static {
        Loader.loadNativeLibraries();
    }

    /** Also stops each solve after this much CP-SAT deterministic time when not {@code null}: machine-independent. */
    private final Double deterministicTimeLimit;

    /** Bounded by wall time alone. */
    public CpSatReference() {
        this(null);
    }

    public CpSatReference(Double deterministicTimeLimit) {
        this.deterministicTimeLimit = deterministicTimeLimit;
    }

    /**
     * Solves the plan to the best roadmap CP-SAT can find and prove within the time limit.
     *
     * @param plan a validated plan
     * @param objective what to maximise below the hard rules and the {@code MUST} components
     * @param timeLimit wall time for all solves together
     */
    public ExactResult solve(Plan plan, Objective objective, Duration timeLimit) {
        long startNanos = System.nanoTime();
        ValueScale scale = objective == Objective.MIN_MAKESPAN
                ? new ValueScale(0)
                : ValueScale.fitting(plan.components().stream().map(Component::value).toList());

        TimeIndexedModel allMust = new TimeIndexedModel(plan);
        allMust.requireMustScheduled(allMust.mustCount());
        allMust.model().maximize(allMust.objective(objective, scale));
        CpSolver solver = solver(timeLimit);
        CpSolverStatus status = solver.solve(allMust.model());
        if (status != CpSolverStatus.INFEASIBLE || allMust.mustCount() == 0) {
            return result(allMust, solver, status, scale, true, startNanos);
        }

        TimeIndexedModel counted = new TimeIndexedModel(plan);
        counted.model().maximize(counted.mustScheduled());
        CpSolver countSolver = solver(timeLimit.minus(elapsedSince(startNanos)));
        CpSolverStatus countStatus = countSolver.solve(counted.model());
        if (!hasSolution(countStatus)) {
            return ExactResult.none(null, elapsedSince(startNanos));
        }
        counted.requireMustScheduled(Math.round(countSolver.objectiveValue()));
        counted.hint(countSolver);
        counted.model().clearObjective();
        counted.model().maximize(counted.objective(objective, scale));
        solver = solver(timeLimit.minus(elapsedSince(startNanos)));
        status = solver.solve(counted.model());
        return result(counted, solver, status, scale, countStatus == CpSolverStatus.OPTIMAL, startNanos);
    }

    /**
     * The least change from the baseline (see {@link TimeIndexedModel#changeFrom}) of any roadmap of the plan that
     * breaks no hard rule and schedules every {@code MUST} component, as proven by CP-SAT within the time limit;
     * {@code null} when it proves none.
     */
    public Long leastChangeFrom(Plan plan, Map<String, Integer> baseline, Duration timeLimit) {
        TimeIndexedModel model = new TimeIndexedModel(plan);
        model.requireMustScheduled(model.mustCount());
        model.model().minimize(model.changeFrom(baseline));
        CpSolver solver = solver(timeLimit);
        return solver.solve(model.model()) == CpSolverStatus.OPTIMAL ? Math.round(solver.objectiveValue()) : null;
    }

    private ExactResult result(TimeIndexedModel model, CpSolver solver, CpSolverStatus status, ValueScale scale,
            boolean mustCountProven, long startNanos) {
        Duration wallTime = elapsedSince(startNanos);
        if (!hasSolution(status)) {
            return ExactResult.none(status == CpSolverStatus.UNKNOWN ? boundOf(solver, scale) : null, wallTime);
        }
        return new ExactResult(
                model.startsIn(solver),
                scale.unscaled(Math.round(solver.objectiveValue())),
                boundOf(solver, scale),
                mustCountProven && status == CpSolverStatus.OPTIMAL,
                wallTime);
    }

    /** The scaled objective is integral, so its bound may be rounded down to an integer. */
    private static BigDecimal boundOf(CpSolver solver, ValueScale scale) {
        return scale.unscaled((long) Math.floor(solver.bestObjectiveBound() + 1e-6));
    }

    private CpSolver solver(Duration timeLimit) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(WORKERS)
                .setRandomSeed(RANDOM_SEED)
                .setMaxTimeInSeconds(Math.max(0.0, timeLimit.toNanos() / 1e9))
                // Probing spends seconds of presolve on the thousands of start booleans and rarely pays for it
                // here: on PSPLIB j30 it made proofs two to ten times slower.
                .setCpModelProbingLevel(0);
        if (deterministicTimeLimit != null) {
            solver.getParameters().setMaxDeterministicTime(deterministicTimeLimit);
        }
        return solver;
    }

    private static boolean hasSolution(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
