package vn.lotrinh.planner.api.job;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.lotrinh.planner.api.system.AssignedIdEntity;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * A solve of one version of a plan. Its status only moves forward (QUEUED → SOLVING → a finished status); the
 * transitions are conditional updates in {@link SolveJobRepository}, so that a late writer cannot move it back.
 */
@Entity
@Table(name = "solve_jobs")
public class SolveJobEntity extends AssignedIdEntity {

    private String planId;

    private long planVersion;

    @Enumerated(EnumType.STRING)
    private Objective objective;

    @Enumerated(EnumType.STRING)
    private SolveStatus status;

    private String bestScore;

    private String failureReason;

    private Instant submittedAt;

    private Instant startedAt;

    private Instant finishedAt;

    protected SolveJobEntity() {
    }

    SolveJobEntity(String id, String planId, long planVersion, Objective objective, Instant submittedAt) {
        super(id);
        this.planId = planId;
        this.planVersion = planVersion;
        this.objective = objective;
        this.status = SolveStatus.QUEUED;
        this.submittedAt = submittedAt;
    }

    /** The job as clients see it. */
    SolveJob toSolveJob() {
        return new SolveJob(getId(), planId, planVersion, objective, status, bestScore, submittedAt, startedAt,
                finishedAt, failureReason);
    }
}
