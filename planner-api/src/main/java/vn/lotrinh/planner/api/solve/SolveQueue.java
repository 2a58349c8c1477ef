package vn.lotrinh.planner.api.solve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.job.JobStore;
import vn.lotrinh.planner.api.plan.PlanDeletedEvent;
import vn.lotrinh.planner.api.system.ServiceBusyException;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * The solve pool: the jobs of every kind (solves, frontiers) between submission and their end, at most
 * {@code maxConcurrent} running, each on a thread of its own, and at most {@code queueCapacity} waiting behind them.
 * A job that finds no room is refused with {@code 503}. Deleting a plan stops its jobs. On shutdown the queued jobs
 * are dropped and the running ones stopped; the next start marks them all {@code FAILED}.
 */
@Component
public class SolveQueue implements SmartLifecycle {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(SolveQueue.class);

    /** A task with what the executor runs for it, kept to take it out of the queue again. */
    private record Entry(PoolTask task, Runnable runnable) {
    }

    private final int capacity;
    private final ThreadPoolExecutor executor;
    private final Map<String, Entry> active = new ConcurrentHashMap<>();
    private volatile boolean running;

    SolveQueue(SolveProperties properties) {
        this.capacity = properties.queueCapacity();
        int slots = properties.effectiveMaxConcurrent();
        this.executor = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, capacity)), DaemonThreads.named("solve-"));
    }

    /**
     * Stores a job and queues its task, whose work runs as soon as a thread is free. A full queue refuses the job
     * before it is stored.
     *
     * @param jobs the store of the job, from which a job refused after all (the queue filled up meanwhile) is deleted
     * @param store stores the job, {@code QUEUED}, and answers it
     * @param prepare the task of the stored job
     * @param work runs the task on its pool thread
     * @throws ServiceBusyException when the queue is full or shut down; no job is left behind
     */
    public <J, T extends PoolTask> J submit(JobStore<?> jobs, Supplier<J> store, Function<J, T> prepare,
            Consumer<T> work) {
        if (executor.getQueue().remainingCapacity() == 0) {
            throw busy();
        }
        J job = store.get();
        T task = prepare.apply(job);
        enqueue(task, () -> work.accept(task), jobs);
        return job;
    }

    private void enqueue(PoolTask task, Runnable work, JobStore<?> jobs) {
        Entry entry = new Entry(task, () -> run(task, work));
        active.put(task.jobId(), entry);
        try {
            executor.execute(entry.runnable());
        } catch (RejectedExecutionException e) {
            active.remove(task.jobId());
            jobs.delete(task.jobId());
            throw busy();
        }
    }

    /** How busy the pool is now. */
    public PoolLoad load() {
        return new PoolLoad(executor.getActiveCount(), executor.getQueue().size(), executor.getMaximumPoolSize(),
                capacity, running);
    }

    /**
     * Stops the job early: a running one keeps what it found; a queued one is terminated at once and its place in
     * the queue freed; a finished one is left as it is.
     *
     * @param jobs the store of the job
     */
    public void stop(String jobId, JobStore<?> jobs) {
        Entry entry = active.get(jobId);
        if (entry != null) {
            entry.task().cancel();
        }
        if (jobs.terminateQueued(jobId) && entry != null && executor.remove(entry.runnable())) {
            active.remove(jobId);
        }
    }

    @EventListener
    void onPlanDeleted(PlanDeletedEvent event) {
        active.values().stream()
                .map(Entry::task)
                .filter(task -> task.planId().equals(event.planId()))
                .forEach(PoolTask::cancel);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Takes no job any more, abandons every job (so that none starts or records a final status), drops the queued
     * ones and waits for the running ones to write what they found, without interrupting threads (an interrupt
     * during file I/O would close the embedded database). A lifecycle stop runs before any bean is destroyed, while
     * the database and the progress writers are still there.
     */
    @Override
    public void stop() {
        running = false;
        executor.shutdown();
        active.values().forEach(entry -> entry.task().abandon());
        executor.getQueue().clear();
        try {
            if (!executor.awaitTermination(SHUTDOWN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Jobs still running at shutdown: {}", active.keySet());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(PoolTask task, Runnable work) {
        try {
            work.run();
        } finally {
            active.remove(task.jobId());
        }
    }

    private ServiceBusyException busy() {
        return new ServiceBusyException(Text.format("The solve queue is full ({0} waiting); try again later.",
                "Hàng đợi giải đã đầy ({0} lượt đang chờ); hãy thử lại sau.", capacity), RETRY_AFTER);
    }
}
