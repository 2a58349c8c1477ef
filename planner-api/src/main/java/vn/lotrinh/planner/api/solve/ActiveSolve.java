package vn.lotrinh.planner.api.solve;

import java.util.concurrent.atomic.AtomicReference;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.SolveOptions;
import vn.lotrinh.planner.core.solver.SolveRun;

/**
 * A job between submission and its final write: what it solves, the solver run once started, and the best roadmap
 * not yet written. The solver thread offers roadmaps without waiting; the progress writer takes them.
 */
final class ActiveSolve {

    private final String jobId;
    private final PlanSnapshot snapshot;
    private final SolveOptions options;
    private final AtomicReference<Roadmap> unwritten = new AtomicReference<>();
    private Runnable task;
    private volatile SolveRun run;
    private volatile boolean cancelled;
    private boolean finished;

    ActiveSolve(String jobId, PlanSnapshot snapshot, SolveOptions options) {
        this.jobId = jobId;
        this.snapshot = snapshot;
        this.options = options;
    }

    String jobId() {
        return jobId;
    }

    PlanSnapshot snapshot() {
        return snapshot;
    }

    SolveOptions options() {
        return options;
    }

    /** What the executor runs for this job; set once before it is queued. */
    void task(Runnable runnable) {
        task = runnable;
    }

    Runnable task() {
        return task;
    }

    void offer(Roadmap roadmap) {
        unwritten.set(roadmap);
    }

    Roadmap takeUnwritten() {
        return unwritten.getAndSet(null);
    }

    void attach(SolveRun started) {
        run = started;
        if (cancelled) {
            started.terminateEarly();
        }
    }

    /** Stops the solve as soon as possible, keeping its best roadmap; safe from any thread at any time. */
    void cancel() {
        cancelled = true;
        SolveRun started = run;
        if (started != null) {
            started.terminateEarly();
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** Guarded by this object's monitor, with the writes it orders. */
    boolean isFinished() {
        return finished;
    }

    void markFinished() {
        finished = true;
        unwritten.set(null);
    }
}
