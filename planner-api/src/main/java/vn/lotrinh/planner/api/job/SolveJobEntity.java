package vn.lotrinh.planner.api.job;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.lotrinh.planner.core.plan.Objective;

/** A solve of one version of a plan, with the score of its best roadmap so far and the baseline it re-plans. */
@Entity
@Table(name = "solve_jobs")
public class SolveJobEntity extends JobEntity {

    private String bestScore;
    private String baselineJobId;

    protected SolveJobEntity() {
    }

    SolveJobEntity(String id, String planId, long planVersion, Objective objective, String baselineJobId,
            Instant submittedAt) {
        super(id, planId, planVersion, objective, submittedAt);
        this.baselineJobId = baselineJobId;
    }

    /** The job as clients see it. */
    SolveJob toSolveJob() {
        JobState job = state();
        return new SolveJob(job.id(), job.planId(), job.planVersion(), job.objective(), job.status(), bestScore,
                job.submittedAt(), job.startedAt(), job.finishedAt(), JobFailure.describe(job.failureReason()),
                baselineJobId, null);
    }
}
