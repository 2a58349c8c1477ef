package vn.lotrinh.planner.api.job;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.Text;

/** The stored solve jobs, each with the plan document it solves and the score of its best roadmap so far. */
@Component
public class SolveJobs extends JobStore<SolveJobEntity> {

    private final SolveJobRepository jobs;
    private final PlanSnapshotRepository snapshots;
    private final PlanReader reader;

    SolveJobs(SolveJobRepository jobs, PlanSnapshotRepository snapshots, PlatformTransactionManager transactions,
            Clock clock, PlanReader reader) {
        super(jobs, transactions, clock, Text.of("solve job", "lượt giải"));
        this.jobs = jobs;
        this.snapshots = snapshots;
        this.reader = reader;
    }

    /**
     * Stores a {@code QUEUED} job of the snapshot's plan version together with the snapshot's document.
     *
     * @param baselineJobId the job a re-plan starts from, or {@code null}
     * @throws NotFoundException when the plan was deleted since the snapshot was taken
     */
    public SolveJob create(PlanSnapshot snapshot, Objective objective, String baselineJobId) {
        SolveJobEntity job = new SolveJobEntity(UUID.randomUUID().toString(), snapshot.planId(), snapshot.version(),
                objective, baselineJobId, now());
        insert(job, () -> snapshots.save(new PlanSnapshotEntity(job.getId(), snapshot.documentJson())));
        return job.toSolveJob();
    }

    /** @throws NotFoundException when there is no such job */
    public SolveJob job(String jobId) {
        return find(jobId).toSolveJob();
    }

    /** The plan's jobs, the most recently submitted first. */
    public List<SolveJob> ofPlan(String planId) {
        return findOfPlan(planId).stream().map(SolveJobEntity::toSolveJob).toList();
    }

    /**
     * The plan as it was when the job was submitted.
     *
     * @throws NotFoundException when there is no such job
     */
    @Transactional(readOnly = true)
    public Plan planOf(String jobId) {
        PlanSnapshotEntity snapshot = snapshots.findById(jobId).orElseThrow(() -> notFound(jobId));
        return reader.read(snapshot.document());
    }

    /** Records the score of a {@code SOLVING} job's best roadmap so far. */
    public void recordBestScore(String jobId, String score) {
        jobs.recordBestScore(jobId, score);
    }

    /**
     * {@code QUEUED} or {@code SOLVING} → a finished status, with the score of the final roadmap.
     *
     * @param bestScore the score of the final roadmap; {@code null} keeps the last one recorded
     * @param reason why the job failed, {@code null} unless {@code status} is {@code FAILED}
     */
    public void finish(String jobId, SolveStatus status, String bestScore, JobFailure reason) {
        inTransaction(() -> {
            if (bestScore != null) {
                jobs.recordBestScore(jobId, bestScore);
            }
            finish(jobId, status, reason);
        });
    }
}
