package vn.lotrinh.planner.api.solve;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.job.JobFailure;
import vn.lotrinh.planner.api.job.SolveJob;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.system.ServiceBusyException;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * Runs solve jobs on the solve pool, each on a pool thread: marks the job {@code SOLVING}, solves its plan snapshot,
 * writes its best roadmap and score every {@code persistInterval} while it runs, so that a crash loses at most that
 * interval, and once more with its final status at the end.
 *
 * <p>An {@link PoolTask#abandon abandoned} job does not start, or records no final status: it stays {@code QUEUED} or
 * {@code SOLVING} for {@link RestartRecovery}. Its best roadmap is still written.
 */
@Component
class SolveRunner {


    private static final Duration PROGRESS_SHUTDOWN_PATIENCE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SolveRunner.class);

    private final ApplicationEventPublisher events;
    private final SolveJobs jobs;
    private final RoadmapStore roadmaps;
    private final RoadmapSolver solver;
    private final SolveQueue queue;
    private final Duration persistInterval;
    private final Set<ActiveSolve> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService progressWriter =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("solve-progress-"));

    SolveRunner(SolveJobs jobs, RoadmapStore roadmaps, RoadmapSolver solver, SolveQueue queue,
            SolveProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.jobs = jobs;
        this.roadmaps = roadmaps;
        this.solver = solver;
        this.queue = queue;
        this.persistInterval = properties.persistInterval();
    }

    @PostConstruct
    void startWritingProgress() {
        long interval = persistInterval.toMillis();
        progressWriter.scheduleWithFixedDelay(this::writeProgress, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Stores a {@code QUEUED} job of the snapshot's plan version and queues it.
     *
     * @param baseline what a re-plan starts from, or {@code null} for a fresh solve
     * @throws ServiceBusyException when the solve queue is full; no job is left behind
     */
    SolveJob enqueue(PlanSnapshot snapshot, SolveOptions options, BaselineOf baseline) {
        return queue.submit(jobs, () -> jobs.create(snapshot, options.objective(),
                        baseline == null ? null : baseline.jobId()),
                job -> new ActiveSolve(job.jobId(), snapshot, options, baseline), this::run);
    }

    /** Stops the job early, keeping its best roadmap; a queued job is terminated at once, a finished one unchanged. */
    void stop(String jobId) {
        queue.stop(jobId, jobs);
    }

    private void run(ActiveSolve solve) {
        running.add(solve);
        try {
            if (solve.isAbandoned() || !jobs.markSolving(solve.jobId())) {
                return; // the service is stopping, or the job was stopped or deleted while queued
            }
            long started = System.nanoTime();
            SolveStatus status = SolveStatus.FAILED;
            try {
                Roadmap best = solve.start(solver).solve();
                status = solve.isCancelled() ? SolveStatus.TERMINATED : SolveStatus.COMPLETED;
                finish(solve, best, status, null);
            } finally {
                events.publishEvent(new SolveEnded(solve.jobId(), status, Duration.ofNanos(System.nanoTime()
                        - started)));
            }
        } catch (RuntimeException e) {
            log.error("Solve job {} failed", solve.jobId(), e);
            finish(solve, null, SolveStatus.FAILED, JobFailure.SOLVER_FAILED);
        } finally {
            running.remove(solve);
        }
    }

    /** Ends progress writing, after the write under way if any; called once the solves have ended. */
    @PreDestroy
    void stopWritingProgress() throws InterruptedException {
        progressWriter.shutdown();
        progressWriter.awaitTermination(PROGRESS_SHUTDOWN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void writeProgress() {
        for (ActiveSolve solve : running) {
            solve.writeUnwritten(best -> {
                try {
                    roadmaps.save(solve.jobId(), solve.snapshot(), best);
                    jobs.recordBestScore(solve.jobId(), best.score());
                } catch (DataAccessException e) {
                    log.debug("Progress of solve job {} not stored: {}", solve.jobId(), e.getMessage());
                } catch (RuntimeException e) {
                    log.warn("Progress of solve job {} not stored", solve.jobId(), e);
                }
            });
        }
    }

    private void finish(ActiveSolve solve, Roadmap best, SolveStatus status, JobFailure reason) {
        solve.finish(() -> {
            try {
                if (best != null) {
                    roadmaps.save(solve.jobId(), solve.snapshot(), best);
                }
                if (!solve.isAbandoned()) {
                    jobs.finish(solve.jobId(), status, best == null ? null : best.score(), reason);
                }
            } catch (DataAccessException e) {
                // The plan and its jobs were deleted while the solve ran.
                log.debug("Result of solve job {} not stored: {}", solve.jobId(), e.getMessage());
            }
        });
    }
}
