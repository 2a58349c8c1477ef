package vn.lotrinh.planner.api.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.Predicate;
import org.hibernate.annotations.JdbcType;
import vn.lotrinh.planner.api.system.AssignedIdEntity;
import vn.lotrinh.planner.api.system.TextJdbcType;

/**
 * A stored plan: its {@code roadmap-plan/1} document as text and a version that starts at 1 and grows by one with
 * every replacement. Replacements go through {@link PlanRepository#replace}, which checks the version atomically. A
 * scenario also names the plan and version it was derived from, and keeps its recipe.
 */
@Entity
@Table(name = "plans")
public class PlanEntity extends AssignedIdEntity {

    private String name;

    private long version;

    @JdbcType(TextJdbcType.class)
    private String document;

    private Instant createdAt;

    private Instant updatedAt;

    private String parentId;

    private Long parentVersion;

    @JdbcType(TextJdbcType.class)
    private String recipe;

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

    /** A scenario derived from {@code parentVersion} of {@code parentId} by {@code recipe}. */
    PlanEntity(String id, String name, String document, Instant createdAt, String parentId, long parentVersion,
            String recipe) {
        this(id, name, document, createdAt);
        this.parentId = parentId;
        this.parentVersion = parentVersion;
        this.recipe = recipe;
    }

    /**
     * The plan as the service holds it.
     *
     * @param planExists tells whether a plan is stored, asked about a scenario's parent only
     */
    StoredPlan toStoredPlan(Predicate<String> planExists) {
        PlanOrigin origin = parentId == null ? null
                : new PlanOrigin(parentId, parentVersion, recipe, planExists.test(parentId));
        return new StoredPlan(getId(), name, version, document, createdAt, updatedAt, origin);
    }
}
