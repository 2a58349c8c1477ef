package vn.lotrinh.planner.api.solve;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.job.SolveJob;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.api.plan.PlanDeletedEvent;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.system.ServiceBusyException;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;
import vn.lotrinh.planner.core.solver.SolveRun;

/**
 * Runs solve jobs: at most {@code maxConcurrent} at once, a bounded queue behind them, each on a snapshot of one plan
 * version. A running job's best roadmap is written every {@code persistInterval} and once more at the end, so that a
 * crash loses at most that interval. On start, jobs that a previous run left queued or solving are marked
 * {@code FAILED}; on shutdown, running solves are stopped, their best roadmap written and their status left for that
 * check.
 */
@Service
public class SolveService {

    static final String RESTART_REASON = "service restarted while solving";

    private static final Logger log = LoggerFactory.getLogger(SolveService.class);
    private final PlanService plans;
    private final SolveJobs jobs;
    private final RoadmapStore roadmaps;
    private final RoadmapSolver solver;
    private final SolveProperties properties;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService progressWriter;
    private final Map<String, ActiveSolve> active = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    SolveService(PlanService plans, SolveJobs jobs, RoadmapStore roadmaps, RoadmapSolver solver,
            SolveProperties properties) {
        this.plans = plans;
        this.jobs = jobs;
        this.roadmaps = roadmaps;
        this.solver = solver;
        this.properties = properties;
        int slots = properties.effectiveMaxConcurrent();
        this.executor = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queueCapacity())), threads("solve-"));
        this.progressWriter = Executors.newSingleThreadScheduledExecutor(threads("solve-progress-"));
    }

    @PostConstruct
    void start() {
        int failed = jobs.failUnfinished(RESTART_REASON);
        if (failed > 0) {
            log.warn("{} solve job(s) left queued or solving by the previous run are now FAILED", failed);
        }
        long interval = properties.persistInterval().toMillis();
        progressWriter.scheduleWithFixedDelay(this::writeProgress, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Queues a solve of the plan's current version.
     *
     * @throws ServiceBusyException when the queue is full
     */
    public SolveJob submit(String planId, SolveRequest request) {
        SolveOptions options = request.toOptions(properties);
        PlanSnapshot snapshot = plans.snapshot(planId);
        if (executor.getQueue().remainingCapacity() == 0) {
            throw busy();
        }
        SolveJob job = jobs.create(snapshot, options.objective());
        ActiveSolve solve = new ActiveSolve(job.jobId(), snapshot, options);
        solve.task(() -> run(solve));
        active.put(job.jobId(), solve);
        try {
            executor.execute(solve.task());
        } catch (RejectedExecutionException e) {
            active.remove(job.jobId());
            jobs.delete(job.jobId());
            throw busy();
        }
        return job;
    }

    public SolveJob job(String jobId) {
        return jobs.job(jobId);
    }

    public List<SolveJob> jobsOfPlan(String planId) {
        plans.get(planId);
        return jobs.ofPlan(planId);
    }

    /** Stops the job early, keeping its best roadmap; a queued job is terminated at once, a finished one unchanged. */
    public SolveJob stop(String jobId) {
        job(jobId);
        ActiveSolve solve = active.get(jobId);
        if (solve != null) {
            solve.cancel();
        }
        if (jobs.terminateQueued(jobId) && solve != null && executor.remove(solve.task())) {
            active.remove(jobId); // never started: free its place in the queue now
        }
        return job(jobId);
    }

    @EventListener
    void onPlanDeleted(PlanDeletedEvent event) {
        active.values().stream()
                .filter(solve -> solve.snapshot().planId().equals(event.planId()))
                .forEach(ActiveSolve::cancel);
    }

    private void run(ActiveSolve solve) {
        try {
            if (stopping || !jobs.markSolving(solve.jobId())) {
                return; // stopped or deleted while queued
            }
            SolveRun run = solver.prepare(solve.snapshot().plan(), solve.options(), solve::offer);
            solve.attach(run);
            Roadmap best = run.solve();
            finish(solve, best, solve.isCancelled() ? SolveStatus.TERMINATED : SolveStatus.COMPLETED, null);
        } catch (RuntimeException e) {
            log.error("Solve job {} failed", solve.jobId(), e);
            finish(solve, null, SolveStatus.FAILED, "the solver failed unexpectedly; the failure has been logged");
        } finally {
            active.remove(solve.jobId());
        }
    }

    private void finish(ActiveSolve solve, Roadmap best, SolveStatus status, String reason) {
        synchronized (solve) {
            solve.markFinished();
            try {
                if (best != null) {
                    save(solve, best);
                }
                if (!stopping) {
                    jobs.finish(solve.jobId(), status, best == null ? null : best.score(), reason);
                }
            } catch (DataAccessException e) {
                // The plan and its jobs were deleted while the solve ran.
                log.debug("Result of solve job {} not stored: {}", solve.jobId(), e.getMessage());
            }
        }
    }

    private void writeProgress() {
        for (ActiveSolve solve : active.values()) {
            synchronized (solve) {
                Roadmap best = solve.isFinished() ? null : solve.takeUnwritten();
                if (best == null) {
                    continue;
                }
                try {
                    save(solve, best);
                    jobs.recordBestScore(solve.jobId(), best.score());
                } catch (DataAccessException e) {
                    log.debug("Progress of solve job {} not stored: {}", solve.jobId(), e.getMessage());
                } catch (RuntimeException e) {
                    log.warn("Progress of solve job {} not stored", solve.jobId(), e);
                }
            }
        }
    }

    private void save(ActiveSolve solve, Roadmap roadmap) {
        roadmaps.save(solve.jobId(), solve.snapshot(), roadmap);
    }

    /**
     * Stops every running solve and waits for their best roadmaps to be written, without interrupting threads (an
     * interrupt during file I/O would close the embedded database). Queued jobs are dropped; the next start marks
     * them and the stopped ones {@code FAILED}.
     */
    @PreDestroy
    void shutdown() throws InterruptedException {
        stopping = true;
        executor.getQueue().clear();
        executor.shutdown();
        active.values().forEach(ActiveSolve::cancel);
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Solves still running at shutdown: {}", active.keySet());
        }
        progressWriter.shutdown();
        progressWriter.awaitTermination(5, TimeUnit.SECONDS);
    }

    private ServiceBusyException busy() {
        return new ServiceBusyException("The solve queue is full (" + properties.queueCapacity()
                + " waiting); try again later.", Duration.ofSeconds(5));
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
