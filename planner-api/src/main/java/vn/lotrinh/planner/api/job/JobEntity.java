package vn.lotrinh.planner.api.job;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import vn.lotrinh.planner.api.system.AssignedIdEntity;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * What every job of the solve pool stores, whatever it computes: the plan version it works on, its objective, and its
 * status, which only moves forward (QUEUED → SOLVING → a finished status). The transitions are conditional updates in
 * {@link JobRepository}, so that a late writer cannot move a job back.
 */
@MappedSuperclass
public abstract class JobEntity extends AssignedIdEntity {

    private String planId;

    private long planVersion;

    @Enumerated(EnumType.STRING)
    private Objective objective;

    @Enumerated(EnumType.STRING)
    private SolveStatus status;

    private String failureReason;

    private Instant submittedAt;

    private Instant startedAt;

    private Instant finishedAt;

    /** For JPA, which sets the fields itself. */
    protected JobEntity() {
    }

    /** A {@code QUEUED} job of one version of a plan. */
    protected JobEntity(String id, String planId, long planVersion, Objective objective, Instant submittedAt) {
        super(id);
        this.planId = planId;
        this.planVersion = planVersion;
        this.objective = objective;
        this.status = SolveStatus.QUEUED;
        this.submittedAt = submittedAt;
    }

    /** The job's id, plan, objective and status as stored. */
    protected JobState state() {
        return new JobState(getId(), planId, planVersion, objective, status, submittedAt, startedAt, finishedAt,
                failureReason);
    }
}
