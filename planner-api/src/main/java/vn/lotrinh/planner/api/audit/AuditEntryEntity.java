package vn.lotrinh.planner.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcType;
import vn.lotrinh.planner.api.system.AssignedIdEntity;
import vn.lotrinh.planner.api.system.TextJdbcType;

/** A row of the audit trail: written once, never updated, never deleted (not even with its plan). */
@Entity
@Table(name = "audit_entries")
class AuditEntryEntity extends AssignedIdEntity {

    private Instant recordedAt;

    private String username;

    private String action;

    private String planId;

    private Long planVersion;

    private String subjectId;

    @Column(name = "details")
    @JdbcType(TextJdbcType.class)
    private String detailsJson;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(String id, Instant recordedAt, String username, AuditAction action, String planId,
            Long planVersion, String subjectId, String detailsJson) {
        super(id);
        this.recordedAt = recordedAt;
        this.username = username;
        this.action = action.name();
        this.planId = planId;
        this.planVersion = planVersion;
        this.subjectId = subjectId;
        this.detailsJson = detailsJson;
    }

    AuditEntry toEntry(JsonNode details) {
        return new AuditEntry(getId(), recordedAt, username, AuditAction.valueOf(action), planId, planVersion,
                subjectId, details);
    }

    String detailsJson() {
        return detailsJson;
    }
}
