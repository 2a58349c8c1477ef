package vn.lotrinh.planner.core.solver;

import java.time.Duration;
import java.util.Objects;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * How to solve: the objective, how long at most, and how long without improvement before stopping.
 *
 * @param moveThreadCount threads that evaluate moves: {@code 1} solves on the calling thread only; more uses
 *     OptaPlanner's multi-threaded incremental solving
 */
public record SolveOptions(Objective objective, Duration timeLimit, Duration unimprovedTimeLimit, int moveThreadCount) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public SolveOptions {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        if (unimprovedTimeLimit == null) {
            unimprovedTimeLimit = timeLimit;
        }
        if (moveThreadCount < 1) {
            throw new IllegalArgumentException("moveThreadCount must be at least 1");
        }
    }

    /** VALUE_OVER_TIME for at most 10 s, on one thread; see {@link #of}. */
    public static SolveOptions defaults() {
        return of(Objective.VALUE_OVER_TIME, DEFAULT_TIME_LIMIT);
    }

    /** The objective for at most {@code timeLimit}, stopping early after half of it (at least 1 s) without improvement. */
    public static SolveOptions of(Objective objective, Duration timeLimit) {
        Duration half = timeLimit.dividedBy(2);
        Duration unimproved = half.compareTo(Duration.ofSeconds(1)) < 0 ? timeLimit : half;
        return new SolveOptions(objective, timeLimit, unimproved, 1);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration unimproved) {
        return new SolveOptions(objective, timeLimit, unimproved, moveThreadCount);
    }

    public SolveOptions withMoveThreadCount(int threads) {
        return new SolveOptions(objective, timeLimit, unimprovedTimeLimit, threads);
    }
}
