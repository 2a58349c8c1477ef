package vn.lotrinh.planner.api.solve;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.system.ServiceBusyException;

/**
 * The solves between submission and their end: at most {@code maxConcurrent} running, each on a thread of its own,
 * and at most {@code queueCapacity} waiting behind them. A solve that finds no room is refused with {@code 503}. On
 * shutdown the queued solves are dropped and the running ones stopped; the next start marks them all {@code FAILED}.
 */
@Component
class SolveQueue {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(SolveQueue.class);

    private final SolveRunner runner;
    private final int capacity;
    private final ThreadPoolExecutor executor;
    private final Map<String, ActiveSolve> active = new ConcurrentHashMap<>();

    SolveQueue(SolveRunner runner, SolveProperties properties) {
        this.runner = runner;
        this.capacity = properties.queueCapacity();
        int slots = properties.effectiveMaxConcurrent();
        this.executor = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, capacity)), DaemonThreads.named("solve-"));
    }

    /** @throws ServiceBusyException when the queue is full */
    void ensureRoom() {
        if (executor.getQueue().remainingCapacity() == 0) {
            throw busy();
        }
    }

    /**
     * Queues the solve to run as soon as a thread is free.
     *
     * @throws ServiceBusyException when the queue filled up since {@link #ensureRoom}, or is shut down
     */
    void enqueue(ActiveSolve solve) {
        solve.task(() -> run(solve));
        active.put(solve.jobId(), solve);
        try {
            executor.execute(solve.task());
        } catch (RejectedExecutionException e) {
            active.remove(solve.jobId());
            throw busy();
        }
    }

    Optional<ActiveSolve> find(String jobId) {
        return Optional.ofNullable(active.get(jobId));
    }

    /** Takes a solve that has not started out of the queue, freeing its place at once. */
    void withdraw(ActiveSolve solve) {
        if (executor.remove(solve.task())) {
            active.remove(solve.jobId());
        }
    }

    void cancelSolvesOf(String planId) {
        active.values().stream()
                .filter(solve -> solve.snapshot().planId().equals(planId))
                .forEach(ActiveSolve::cancel);
    }

    /**
     * Has the runner start no job and record no final status any more, drops the queued solves, stops the running
     * ones and waits for their best roadmaps to be written, without interrupting threads (an interrupt during file
     * I/O would close the embedded database). Runs before the runner ends its progress writing: this bean depends
     * on it.
     */
    @PreDestroy
    void shutdown() throws InterruptedException {
        runner.stop();
        executor.getQueue().clear();
        executor.shutdown();
        active.values().forEach(ActiveSolve::cancel);
        if (!executor.awaitTermination(SHUTDOWN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Solves still running at shutdown: {}", active.keySet());
        }
    }

    private void run(ActiveSolve solve) {
        try {
            runner.run(solve);
        } finally {
            active.remove(solve.jobId());
        }
    }

    private ServiceBusyException busy() {
        return new ServiceBusyException("The solve queue is full (" + capacity + " waiting); try again later.",
                RETRY_AFTER);
    }
}
