package vn.lotrinh.planner.api.solve;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;
import vn.lotrinh.planner.core.solver.SolveRun;

/**
 * A solve job between submission and its final write: what it solves, the solver run once started, and the best
 * roadmap not yet written. The solver thread offers roadmaps without waiting; progress and final writes take them
 * under this object's monitor, so that no progress is written during or after the final write.
 */
final class ActiveSolve extends PoolTask {

    private final PlanSnapshot snapshot;
    private final SolveOptions options;
    private final BaselineOf baseline;
    private final AtomicReference<Roadmap> unwritten = new AtomicReference<>();
    private volatile SolveRun run;
    private boolean finished;

    /** @param baseline what a re-plan starts from, or {@code null} for a fresh solve */
    ActiveSolve(String jobId, PlanSnapshot snapshot, SolveOptions options, BaselineOf baseline) {
        super(jobId, snapshot.planId());
        this.snapshot = snapshot;
        this.options = options;
        this.baseline = baseline;
    }

    /** Prepares the job's solver run, which offers its improvements here; a cancel stops it from now on. */
    SolveRun start(RoadmapSolver solver) {
        SolveRun started = baseline == null
                ? solver.prepare(snapshot.plan(), options, unwritten::set)
                : solver.prepareReplan(snapshot.plan(), baseline.baseline(), options, unwritten::set);
        run = started;
        if (isCancelled()) {
            started.terminateEarly();
        }
        return started;
    }

    /** The plan version being solved. */
    PlanSnapshot snapshot() {
        return snapshot;
    }

    @Override
    protected void stopWork() {
        SolveRun started = run;
        if (started != null) {
            started.terminateEarly();
        }
    }

    /** Hands the best roadmap not yet written to {@code write}, unless there is none or the job has finished. */
    synchronized void writeUnwritten(Consumer<Roadmap> write) {
        Roadmap best = finished ? null : unwritten.getAndSet(null);
        if (best != null) {
            write.accept(best);
        }
    }

    /** Marks the job finished and runs its final write; no progress is written from then on. */
    synchronized void finish(Runnable finalWrite) {
        finished = true;
        unwritten.set(null);
        finalWrite.run();
    }
}
