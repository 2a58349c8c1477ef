package vn.lotrinh.planner.api.frontier;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.job.JobFailure;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.solve.SolveQueue;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.ServiceBusyException;
import vn.lotrinh.planner.core.frontier.BudgetFrontier;
import vn.lotrinh.planner.core.frontier.FrontierSpec;
import vn.lotrinh.planner.core.solver.RoadmapSolver;

/**
 * Runs frontiers on the solve pool, where each takes one place as a solve does. On its pool thread a frontier is
 * marked {@code SOLVING}, writes each point as soon as it is found, so that a crash loses at most the point being
 * solved, and records its final status at the end. An abandoned frontier (the service is stopping) does not start,
 * or records no final status: it stays for the restart recovery to mark {@code FAILED}, with its points.
 */
@Component
class FrontierRunner {


    private static final Logger log = LoggerFactory.getLogger(FrontierRunner.class);

    private final Frontiers frontiers;
    private final SolveQueue queue;
    /** Makes the tracer of each frontier: a tracer traces one frontier only. */
    private final Supplier<BudgetFrontier> newTracer;

    FrontierRunner(Frontiers frontiers, SolveQueue queue, RoadmapSolver solver) {
        this.frontiers = frontiers;
        this.queue = queue;
        this.newTracer = () -> new BudgetFrontier(solver);
    }

    /**
     * Stores a {@code QUEUED} frontier of the snapshot's plan version and queues it.
     *
     * @throws ServiceBusyException when the solve queue is full; no frontier is left behind
     * @throws NotFoundException when the plan was deleted since the snapshot was taken
     */
    Frontier enqueue(PlanSnapshot snapshot, FrontierSpec spec) {
        return queue.submit(frontiers, () -> frontiers.create(snapshot, spec),
                frontier -> new ActiveFrontier(frontier.frontierId(), snapshot, spec, newTracer.get()), this::run);
    }

    /**
     * Stops the frontier early, keeping its points (the one being solved with its best roadmap so far); a queued one
     * is terminated at once, a finished one left as it is.
     */
    void stop(String frontierId) {
        queue.stop(frontierId, frontiers);
    }

    private void run(ActiveFrontier frontier) {
        if (frontier.isAbandoned() || !frontiers.markSolving(frontier.jobId())) {
            return; // the service is stopping, or the frontier was stopped or deleted while queued
        }
        AtomicInteger found = new AtomicInteger();
        SolveStatus status;
        JobFailure reason = null;
        try {
            frontier.trace(point -> write(frontier, found.getAndIncrement(), point));
            status = frontier.isCancelled() ? SolveStatus.TERMINATED : SolveStatus.COMPLETED;
        } catch (RuntimeException e) {
            log.error("Frontier {} failed", frontier.jobId(), e);
            status = SolveStatus.FAILED;
            reason = JobFailure.SOLVER_FAILED;
        }
        if (!frontier.isAbandoned()) {
            frontiers.finish(frontier.jobId(), status, reason);
        }
    }

    private void write(ActiveFrontier frontier, int pointIndex, Frontier.Point point) {
        try {
            frontiers.addPoint(frontier.jobId(), pointIndex, point);
        } catch (DataAccessException e) {
            // The plan and its frontiers were deleted while it ran.
            log.debug("Point {} of frontier {} not stored: {}", pointIndex, frontier.jobId(), e.getMessage());
        }
    }
}
