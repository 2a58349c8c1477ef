package vn.lotrinh.planner.core.solver;

import java.time.Duration;
import java.util.Objects;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * How to solve: the objective, how long at most, and how long without improvement before stopping.
 *
 * @param searchThreads independent searches run side by side from the same construction, each with its own random
 *     seed (and under {@code MAX_VALUE} its own temperature, see {@link SolverConfigs#softTemperature}); the best
 *     roadmap of any wins. {@code 1} solves on the calling thread only.
 */
public record SolveOptions(Objective objective, Duration timeLimit, Duration unimprovedTimeLimit, int searchThreads) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
    public static final int DEFAULT_SEARCH_THREADS = 2;

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
    }

    /** VALUE_OVER_TIME for at most 10 s; see {@link #of}. */
    public static SolveOptions defaults() {
        return of(Objective.VALUE_OVER_TIME, DEFAULT_TIME_LIMIT);
    }

    /**
     * The objective for at most {@code timeLimit}, stopping early after half of it (at least 1 s) without improvement,
     * with one search per processor, at most {@link #DEFAULT_SEARCH_THREADS}.
     */
    public static SolveOptions of(Objective objective, Duration timeLimit) {
        Duration half = timeLimit.dividedBy(2);
        Duration unimproved = half.compareTo(Duration.ofSeconds(1)) < 0 ? timeLimit : half;
        int threads = Math.min(DEFAULT_SEARCH_THREADS, Runtime.getRuntime().availableProcessors());
        return new SolveOptions(objective, timeLimit, unimproved, threads);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration unimproved) {
        return new SolveOptions(objective, timeLimit, unimproved, searchThreads);
    }

    public SolveOptions withSearchThreads(int threads) {
        return new SolveOptions(objective, timeLimit, unimprovedTimeLimit, threads);
    }
}
