package vn.lotrinh.planner.api.job;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcType;
import vn.lotrinh.planner.api.system.AssignedIdEntity;
import vn.lotrinh.planner.api.system.TextJdbcType;

/**
 * The plan document a job solved, kept apart from the job so that reading a job stays light. Written once, with its
 * job, and never updated; its id is the job's.
 */
@Entity
@Table(name = "plan_snapshots")
@AttributeOverride(name = "id", column = @Column(name = "job_id"))
public class PlanSnapshotEntity extends AssignedIdEntity {

    @JdbcType(TextJdbcType.class)
    private String document;

    protected PlanSnapshotEntity() {
    }

    PlanSnapshotEntity(String jobId, String document) {
        super(jobId);
        this.document = document;
    }

    String document() {
        return document;
    }
}
