package vn.lotrinh.planner.core.solver;

import java.time.Duration;
import java.util.Objects;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.exact.ExactSettings;

/**
 * How to solve: the objective, how long at most, how long without improvement before stopping, and which engines.
 *
 * @param searchThreads independent searches run side by side from the same construction, each with its own random
 *     seed (and under {@code MAX_VALUE} its own temperature, see {@link SolverConfigs#softTemperature}); the best
 *     roadmap of any wins, the first search's on a tie. {@code 1} solves on the calling thread only. Under
 *     {@code EXACT} one search runs, which only constructs.
 * @param scoreCalculationLimit when not {@code null}, each search's local search also ends after this many score
 *     calculations (counted from the start of its solve): a limit that does not depend on the machine's speed, so
 *     that the same plan and options always give the same roadmap. The time limits still apply.
 * @param engine which searches run: with {@code AUTO} the exact search runs beside the OptaPlanner searches when the
 *     plan's model fits, and the solve ends as soon as it proves the optimum; the unimproved time limit then ends
 *     the OptaPlanner searches only, the exact search runs on to its proof or the time limit
 * @param exact how the exact search runs and on which plans
 */
public record SolveOptions(Objective objective, Duration timeLimit, Duration unimprovedTimeLimit, int searchThreads,
        Long scoreCalculationLimit, Engine engine, ExactSettings exact) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
    public static final int DEFAULT_SEARCH_THREADS = 2;
    /** The time limit of a solve bounded by score calculations: only a guard against a search that never ends. */
    static final Duration SCORE_CALCULATION_BOUNDED_TIME_LIMIT = Duration.ofMinutes(10);

    public SolveOptions {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        if (unimprovedTimeLimit == null) {
            unimprovedTimeLimit = timeLimit;
        }
        if (searchThreads < 1) {
            throw new IllegalArgumentException("searchThreads must be at least 1");
        }
        if (scoreCalculationLimit != null && scoreCalculationLimit < 1) {
            throw new IllegalArgumentException("scoreCalculationLimit must be positive");
        }
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(exact, "exact");
    }

    /** Limits by time only, both engines ({@code AUTO}) with the default exact settings. */
    public SolveOptions(Objective objective, Duration timeLimit, Duration unimprovedTimeLimit, int searchThreads) {
        this(objective, timeLimit, unimprovedTimeLimit, searchThreads, null, Engine.AUTO, ExactSettings.defaults());
    }

    /** VALUE_OVER_TIME for at most 10 s; see {@link #of}. */
    public static SolveOptions defaults() {
        return of(Objective.VALUE_OVER_TIME, DEFAULT_TIME_LIMIT);
    }

    /**
     * The objective for at most {@code timeLimit}, with one search per processor, at most
     * {@link #DEFAULT_SEARCH_THREADS}, and the exact search beside them where the plan fits ({@code AUTO}); the
     * OptaPlanner searches stop early after half of it (at least 1 s) without improvement.
     */
    public static SolveOptions of(Objective objective, Duration timeLimit) {
        Duration half = timeLimit.dividedBy(2);
        Duration unimproved = half.compareTo(Duration.ofSeconds(1)) < 0 ? timeLimit : half;
        int threads = Math.min(DEFAULT_SEARCH_THREADS, Runtime.getRuntime().availableProcessors());
        return new SolveOptions(objective, timeLimit, unimproved, threads);
    }

    /**
     * The objective with {@link #DEFAULT_SEARCH_THREADS} OptaPlanner searches alone ({@code HEURISTIC}), each ending
     * after {@code scoreCalculations} score calculations: the same roadmap on every machine, however fast or loaded.
     * The exact search hands its roadmaps to the searches whenever it finds them, which no count of calculations can
     * repeat; a solve with it stays repeatable in its value where it proves the optimum within a deterministic time
     * ({@link #withExact}, {@link ExactSettings#withDeterministicTimeLimit}).
     */
    public static SolveOptions ofScoreCalculations(Objective objective, long scoreCalculations) {
        return new SolveOptions(objective, SCORE_CALCULATION_BOUNDED_TIME_LIMIT, null, DEFAULT_SEARCH_THREADS,
                scoreCalculations, Engine.HEURISTIC, ExactSettings.defaults());
    }

    public SolveOptions withUnimprovedTimeLimit(Duration unimproved) {
        return new SolveOptions(objective, timeLimit, unimproved, searchThreads, scoreCalculationLimit, engine, exact);
    }

    public SolveOptions withSearchThreads(int threads) {
        return new SolveOptions(objective, timeLimit, unimprovedTimeLimit, threads, scoreCalculationLimit, engine,
                exact);
    }

    public SolveOptions withEngine(Engine chosen) {
        return new SolveOptions(objective, timeLimit, unimprovedTimeLimit, searchThreads, scoreCalculationLimit, chosen,
                exact);
    }

    /** The same options with the exact search run as {@code settings} say; the engine is unchanged. */
    public SolveOptions withExact(ExactSettings settings) {
        return new SolveOptions(objective, timeLimit, unimprovedTimeLimit, searchThreads, scoreCalculationLimit, engine,
                settings);
    }
}
