package vn.lotrinh.planner.api.plan;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcType;
import vn.lotrinh.planner.api.system.TextJdbcType;

/**
 * One version of a plan: when, by whom and how it was made. Its document is {@code null} while it is the plan's
 * current version (the plan holds that one) and is moved here when the next version supersedes it.
 */
@Entity
@Table(name = "plan_versions")
public class PlanVersionEntity {

    @EmbeddedId
    private PlanVersionId id;

    @JdbcType(TextJdbcType.class)
    private String document;

    private Instant createdAt;

    private String createdBy;

    private String action;

    protected PlanVersionEntity() {
    }

    PlanVersionEntity(PlanVersionId id, String document, Instant createdAt, String createdBy, PlanChange action) {
        this.id = id;
        this.document = document;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.action = action == null ? null : action.name();
    }

    PlanVersion toVersion() {
        return new PlanVersion(id.version(), createdAt, createdBy, action == null ? null : PlanChange.valueOf(action));
    }

    String document() {
        return document;
    }
}
