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

    /** VALUE_OVER_TIME for 10 s, stopping after 10 s without improvement, on one thread. */
    public static SolveOptions defaults() {
        return of(Objective.VALUE_OVER_TIME, DEFAULT_TIME_LIMIT);
    }

    public static SolveOptions of(Objective objective, Duration timeLimit) {
        return new SolveOptions(objective, timeLimit, timeLimit, 1);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration unimproved) {
        return new SolveOptions(objective, timeLimit, unimproved, moveThreadCount);
    }

    public SolveOptions withMoveThreadCount(int threads) {
        return new SolveOptions(objective, timeLimit, unimprovedTimeLimit, threads);
    }
}
