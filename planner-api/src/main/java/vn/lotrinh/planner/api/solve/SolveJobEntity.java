package vn.lotrinh.planner.api.solve;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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

    @Id
    private String id;

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
        this.id = id;
        this.planId = planId;
        this.planVersion = planVersion;
        this.objective = objective;
        this.status = SolveStatus.QUEUED;
        this.submittedAt = submittedAt;
    }

    @Override
    public String getId() {
        return id;
    }

    public String getPlanId() {
        return planId;
    }

    public long getPlanVersion() {
        return planVersion;
    }

    public Objective getObjective() {
        return objective;
    }

    public SolveStatus getStatus() {
        return status;
    }

    public String getBestScore() {
        return bestScore;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
