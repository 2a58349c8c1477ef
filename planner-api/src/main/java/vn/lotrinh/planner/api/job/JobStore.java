package vn.lotrinh.planner.api.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * The stored jobs of one kind (solves, frontiers) and the life cycle they share. A job's status only moves forward:
 * every transition applies only to a job in the status it leaves and says whether it did, so that a late writer
 * cannot move a job back.
 */
public abstract class JobStore<E extends JobEntity> {

    private static final List<SolveStatus> UNFINISHED = List.of(SolveStatus.QUEUED, SolveStatus.SOLVING);

    private final JobRepository<E> jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Text kind;

    /** @param kind what a job is called in messages, e.g. {@code solve job} */
    protected JobStore(JobRepository<E> jobs, PlatformTransactionManager transactions, Clock clock, Text kind) {
        this.jobs = jobs;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.kind = kind;
    }

    /** What a job of this store is called, e.g. {@code "solve job"}. */
    public Text kind() {
        return kind;
    }

    /** Removes a job that never ran, with what the database deletes along with it. */
    public void delete(String jobId) {
        jobs.deleteById(jobId);
    }

    /** {@code QUEUED} → {@code SOLVING}; false when the job was stopped or deleted while it waited. */
    public boolean markSolving(String jobId) {
        return jobs.markSolving(jobId, now()) > 0;
    }

    /** {@code QUEUED} → {@code TERMINATED}: the job is stopped before it started; false when it had started. */
    public boolean terminateQueued(String jobId) {
        return jobs.finish(jobId, List.of(SolveStatus.QUEUED), SolveStatus.TERMINATED, null, now()) > 0;
    }

    /**
     * {@code QUEUED} or {@code SOLVING} → a finished status.
     *
     * @param reason why the job failed, {@code null} unless {@code status} is {@code FAILED}
     */
    public void finish(String jobId, SolveStatus status, JobFailure reason) {
        jobs.finish(jobId, UNFINISHED, status, reason == null ? null : reason.name(), now());
    }

    /**
     * Marks {@code FAILED}, with {@code reason}, every job still queued or solving.
     *
     * @return how many jobs that was
     */
    public int failUnfinished(JobFailure reason) {
        return jobs.failUnfinished(reason.name(), now());
    }

    /**
     * Stores a new job of the plan.
     *
     * @throws NotFoundException when the plan was deleted since the job was made
     */
    protected void insert(E job) {
        insert(job, () -> { });
    }

    /**
     * Stores a new job of the plan with what goes along with it, in one transaction.
     *
     * @throws NotFoundException when the plan was deleted since the job was made
     */
    protected void insert(E job, Runnable alongside) {
        try {
            transactions.executeWithoutResult(status -> {
                jobs.save(job);
                alongside.run();
            });
        } catch (DataIntegrityViolationException e) {
            throw new NotFoundException(Text.format("There is no plan {0}.", "Không có kế hoạch {0}.",
                    job.state().planId()));
        }
    }

    /** Runs {@code work} in one transaction. */
    protected void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    /** @throws NotFoundException when there is no such job */
    protected E find(String jobId) {
        return jobs.findById(jobId).orElseThrow(() -> notFound(jobId));
    }

    /** The answer to a request for a job that does not exist. */
    protected NotFoundException notFound(String jobId) {
        return new NotFoundException(Text.format("There is no {0} {1}.", "Không có {0} {1}.", kind, jobId));
    }

    /** The plan's jobs, the most recently submitted first. */
    protected List<E> findOfPlan(String planId) {
        return jobs.findByPlanIdOrderBySubmittedAtDesc(planId);
    }

    /** The time now, as the database keeps it. */
    protected Instant now() {
        return clock.instant();
    }
}
