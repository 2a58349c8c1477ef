package vn.lotrinh.planner.api.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.lotrinh.planner.api.system.AssignedIdEntity;

/**
 * A stored plan: its {@code roadmap-plan/1} document as text and a version that starts at 1 and grows by one with
 * every replacement. Replacements go through {@link PlanRepository#replace}, which checks the version atomically.
 */
@Entity
@Table(name = "plans")
public class PlanEntity extends AssignedIdEntity {

    private String name;

    private long version;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String document;

    private Instant createdAt;

    private Instant updatedAt;

    protected PlanEntity() {
    }

    public PlanEntity(String id, String name, String document, Instant createdAt) {
        super(id);
        this.name = name;
        this.version = 1;
        this.document = document;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The plan as the service holds it. */
    StoredPlan toStoredPlan() {
        return new StoredPlan(getId(), name, version, document, createdAt, updatedAt);
    }
}
