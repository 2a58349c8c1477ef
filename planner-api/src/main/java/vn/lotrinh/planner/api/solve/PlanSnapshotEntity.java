package vn.lotrinh.planner.api.solve;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** The plan document a job solved, kept apart from the job so that reading a job stays light. */
@Entity
@Table(name = "plan_snapshots")
public class PlanSnapshotEntity implements Persistable<String> {

    @Id
    private String jobId;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String document;

    protected PlanSnapshotEntity() {
    }

    PlanSnapshotEntity(String jobId, String document) {
        this.jobId = jobId;
        this.document = document;
    }

    @Override
    public String getId() {
        return jobId;
    }

    public String getDocument() {
        return document;
    }

    /** Snapshots are written once, with their job, and never updated. */
    @Override
    public boolean isNew() {
        return true;
    }
}
