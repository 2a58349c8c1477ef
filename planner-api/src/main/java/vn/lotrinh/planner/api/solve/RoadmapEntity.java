package vn.lotrinh.planner.api.solve;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.lotrinh.planner.api.system.AssignedIdEntity;

/**
 * The best roadmap of a job so far, rewritten as the solver improves it: the core roadmap as JSON plus the columns
 * needed to find it.
 */
@Entity
@Table(name = "roadmaps")
public class RoadmapEntity extends AssignedIdEntity {

    @Id
    private String jobId;

    private String planId;

    private long planVersion;

    private String score;

    private boolean feasible;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String document;

    private Instant updatedAt;


    protected RoadmapEntity() {
    }

    RoadmapEntity(String jobId, String planId, long planVersion) {
        this.jobId = jobId;
        this.planId = planId;
        this.planVersion = planVersion;
    }

    void update(String score, boolean feasible, String document, Instant updatedAt) {
        this.score = score;
        this.feasible = feasible;
        this.document = document;
        this.updatedAt = updatedAt;
    }

    @Override
    public String getId() {
        return jobId;
    }

    public String getJobId() {
        return jobId;
    }

    public String getPlanId() {
        return planId;
    }

    public long getPlanVersion() {
        return planVersion;
    }

    public String getScore() {
        return score;
    }

    public boolean isFeasible() {
        return feasible;
    }

    public String getDocument() {
        return document;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
