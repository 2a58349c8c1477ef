package vn.lotrinh.planner.api.solve;

/**
 * A job on the solve pool (a solve, a frontier) between submission and its end, as the {@link SolveQueue} handles
 * it: which job and plan it is, and how to stop it. Its work runs on a pool thread and checks
 * {@link #isCancelled()} and {@link #isAbandoned()} to decide how it ends.
 */
public abstract class PoolTask {

    private final String jobId;
    private final String planId;
    private volatile boolean cancelled;
    private volatile boolean abandoned;

    protected PoolTask(String jobId, String planId) {
        this.jobId = jobId;
        this.planId = planId;
    }

    public String jobId() {
        return jobId;
    }

    public String planId() {
        return planId;
    }

    /** Stops the work as soon as possible, keeping what it found; safe from any thread at any time. */
    public final void cancel() {
        cancelled = true;
        stopWork();
    }

    /**
     * The service is shutting down: stops the work as soon as possible, keeping what it found, and has it start
     * nothing more and record no final status, so that the next start marks the job {@code FAILED}.
     */
    public final void abandon() {
        abandoned = true;
        cancel();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isAbandoned() {
        return abandoned;
    }

    /**
     * Stops the work under way at once, keeping what it found. Called from any thread, before the work started,
     * while it runs or after it ended; work that starts after this call must stop at once too.
     */
    protected abstract void stopWork();
}
