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
 * An exact reference for roadmap plans: the {@link TimeIndexedModel} solved by OR-Tools CP-SAT, for tests and
 * benchmarks. Scheduling {@code MUST} components ranks above the objective, so it solves twice: first for the most
 * {@code MUST} components that fit, then for the best objective with that many fixed. Both phases share the time
 * limit, run on two workers and use a fixed seed.
 */
public final class CpSatReference {

    private static final int WORKERS = 2;
    private static final int RANDOM_SEED = 20_210_101;

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * Solves the plan, within the time limit, to the best roadmap CP-SAT can find and prove.
     *
     * @param plan a validated plan
     * @param objective what to maximise below the hard rules and the {@code MUST} components
     * @param timeLimit wall time for both phases together
     */
    public ExactResult solve(Plan plan, Objective objective, Duration timeLimit) {
        long startNanos = System.nanoTime();
        TimeIndexedModel model = new TimeIndexedModel(plan);
        boolean mustCountProven = true;
        if (model.hasMust()) {
            CpSolver mustSolver = solver(timeLimit);
            model.model().maximize(model.mustScheduled());
            CpSolverStatus status = mustSolver.solve(model.model());
            if (!hasSolution(status)) {
                return ExactResult.none(null, elapsedSince(startNanos));
            }
            mustCountProven = status == CpSolverStatus.OPTIMAL;
            model.model().addGreaterOrEqual(model.mustScheduled(), Math.round(mustSolver.objectiveValue()));
            model.hint(mustSolver);
            model.model().clearObjective();
        }

        ValueScale scale = objective == Objective.MIN_MAKESPAN
                ? new ValueScale(0)
                : ValueScale.fitting(plan.components().stream().map(Component::value).toList());
        model.model().maximize(model.objective(objective, scale));
        CpSolver solver = solver(timeLimit.minus(elapsedSince(startNanos)));
        CpSolverStatus status = solver.solve(model.model());
        Duration wallTime = elapsedSince(startNanos);
        if (!hasSolution(status)) {
            BigDecimal bound = status == CpSolverStatus.UNKNOWN ? boundOf(solver, scale) : null;
            return ExactResult.none(bound, wallTime);
        }
        Map<String, Integer> starts = model.startsIn(solver);
        BigDecimal value = scale.unscaled(Math.round(solver.objectiveValue()));
        boolean optimal = mustCountProven && status == CpSolverStatus.OPTIMAL;
        return new ExactResult(starts, value, boundOf(solver, scale), optimal, wallTime);
    }

    /** The scaled objective is integral, so its bound may be rounded down to an integer. */
    private static BigDecimal boundOf(CpSolver solver, ValueScale scale) {
        return scale.unscaled((long) Math.floor(solver.bestObjectiveBound() + 1e-6));
    }

    private static CpSolver solver(Duration timeLimit) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(WORKERS)
                .setRandomSeed(RANDOM_SEED)
                .setMaxTimeInSeconds(Math.max(0.0, timeLimit.toNanos() / 1e9));
        return solver;
    }

    private static boolean hasSolution(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
