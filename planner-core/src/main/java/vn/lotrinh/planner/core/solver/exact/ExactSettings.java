package vn.lotrinh.planner.core.solver.exact;

/**
 * How the exact search runs and on which plans.
 *
 * @param maxModelSize the largest model it builds, counted in start choices: Σ over components of the starts each
 *     may take (its window, the horizon, its predecessors and pinned successors allow), or one per component for a
 *     makespan without budgets or funding choices, which needs no choice per start. Larger plans are left to the
 *     heuristic and say so; the model's memory grows with this count times the caps.
 * @param workers CP-SAT's search workers (threads)
 * @param maxMemoryMb the memory CP-SAT may take before it stops its search, keeping what it found
 * @param deterministicTimeLimit when not {@code null}, CP-SAT also stops after this much deterministic time (its
 *     own unit of work, about a second each on a typical machine, but the same on every machine): with a fixed
 *     number of workers and the fixed seed, the same plan gives the same search
 */
public record ExactSettings(long maxModelSize, int workers, long maxMemoryMb, Double deterministicTimeLimit) {

    /**
     * Set from the sizes in docs/benchmarks.md ("Decisions on the exact search"): above every plan where the exact
     * search was measured to prove or help (the sample plan 89, OR-Library up to 500, generated plans of 300
     * components about 1,300; PSPLIB, by intervals, one per job), below a generated plan of 1,000 components
     * (4,677), whose figures the exact search must not slow.
     */
    public static final long DEFAULT_MAX_MODEL_SIZE = 4_500;
    public static final int DEFAULT_WORKERS = 2;
    public static final long DEFAULT_MAX_MEMORY_MB = 1_024;
    /** CP-SAT's seed: fixed, so that a search bounded by deterministic time repeats itself. */
    static final int RANDOM_SEED = 20_210_101;

    public ExactSettings {
        if (maxModelSize < 0) {
            throw new IllegalArgumentException("maxModelSize must not be negative");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        if (maxMemoryMb < 1) {
            throw new IllegalArgumentException("maxMemoryMb must be positive");
        }
        if (deterministicTimeLimit != null && !(deterministicTimeLimit > 0)) {
            throw new IllegalArgumentException("deterministicTimeLimit must be positive");
        }
    }

    public static ExactSettings defaults() {
        return new ExactSettings(DEFAULT_MAX_MODEL_SIZE, DEFAULT_WORKERS, DEFAULT_MAX_MEMORY_MB, null);
    }

    public ExactSettings withDeterministicTimeLimit(double limit) {
        return new ExactSettings(maxModelSize, workers, maxMemoryMb, limit);
    }

    public ExactSettings withMaxModelSize(long size) {
        return new ExactSettings(size, workers, maxMemoryMb, deterministicTimeLimit);
    }

    public ExactSettings withWorkers(int count) {
        return new ExactSettings(maxModelSize, count, maxMemoryMb, deterministicTimeLimit);
    }
}
