package vn.lotrinh.planner.api.job;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * The stored solve jobs, each with the plan document it solves. A job's status only moves forward: every transition
 * applies only to a job in the status it leaves and says whether it did, so that a late writer cannot move a job back.
 */
@Component
public class SolveJobs {

    private static final List<SolveStatus> UNFINISHED = List.of(SolveStatus.QUEUED, SolveStatus.SOLVING);

    private final SolveJobRepository jobs;
    private final PlanSnapshotRepository snapshots;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SolveJobs(SolveJobRepository jobs, PlanSnapshotRepository snapshots, PlatformTransactionManager transactions,
            Clock clock) {
        this.jobs = jobs;
        this.snapshots = snapshots;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Stores a {@code QUEUED} job of the snapshot's plan version together with the snapshot's document.
     *
     * @throws NotFoundException when the plan was deleted since the snapshot was taken
     */
    public SolveJob create(PlanSnapshot snapshot, Objective objective) {
        SolveJobEntity job = new SolveJobEntity(UUID.randomUUID().toString(), snapshot.planId(), snapshot.version(),
                objective, clock.instant());
        try {
            transactions.executeWithoutResult(status -> {
                jobs.save(job);
                snapshots.save(new PlanSnapshotEntity(job.getId(), snapshot.documentJson()));
            });
        } catch (DataIntegrityViolationException e) {
            throw new NotFoundException("There is no plan " + snapshot.planId() + ".");
        }
        return job.toSolveJob();
    }

    /** Removes a job that never ran, with its snapshot. */
    public void delete(String jobId) {
        jobs.deleteById(jobId);
    }

    /** @throws NotFoundException when there is no such job */
    public SolveJob job(String jobId) {
        return jobs.findById(jobId).map(SolveJobEntity::toSolveJob).orElseThrow(() -> notFound(jobId));
    }

    /** The plan's jobs, the most recently submitted first. */
    public List<SolveJob> ofPlan(String planId) {
        return jobs.findByPlanIdOrderBySubmittedAtDesc(planId).stream().map(SolveJobEntity::toSolveJob).toList();
    }

    /**
     * The plan as it was when the job was submitted.
     *
     * @throws NotFoundException when there is no such job
     */
    @Transactional(readOnly = true)
    public Plan planOf(String jobId) {
        PlanSnapshotEntity snapshot = snapshots.findById(jobId).orElseThrow(() -> notFound(jobId));
        return new PlanReader().read(snapshot.document());
    }

    /** {@code QUEUED} → {@code SOLVING}; false when the job was stopped or deleted while it waited. */
    public boolean markSolving(String jobId) {
        return jobs.markSolving(jobId, clock.instant()) > 0;
    }

    /** Records the score of a {@code SOLVING} job's best roadmap so far. */
    public void recordBestScore(String jobId, String score) {
        jobs.recordBestScore(jobId, score);
    }

    /** {@code QUEUED} → {@code TERMINATED}: the job is stopped before it started; false when it had started. */
    public boolean terminateQueued(String jobId) {
        return jobs.finish(jobId, List.of(SolveStatus.QUEUED), SolveStatus.TERMINATED, null, null, clock.instant()) > 0;
    }

    /**
     * {@code QUEUED} or {@code SOLVING} → a finished status.
     *
     * @param bestScore the score of the final roadmap; {@code null} keeps the last one recorded
     * @param reason why the job failed, {@code null} unless {@code status} is {@code FAILED}
     */
    public void finish(String jobId, SolveStatus status, String bestScore, String reason) {
        jobs.finish(jobId, UNFINISHED, status, bestScore, reason, clock.instant());
    }

    /**
     * Marks {@code FAILED}, with {@code reason}, every job still queued or solving.
     *
     * @return how many jobs that was
     */
    public int failUnfinished(String reason) {
        return jobs.failUnfinished(reason, clock.instant());
    }

    private static NotFoundException notFound(String jobId) {
        return new NotFoundException("There is no solve job " + jobId + ".");
    }
}
