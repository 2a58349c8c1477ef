package vn.lotrinh.planner.api.roadmap;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.Function;
import org.hibernate.annotations.JdbcType;
import vn.lotrinh.planner.api.system.AssignedIdEntity;
import vn.lotrinh.planner.api.system.TextJdbcType;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/**
 * The best roadmap of a job so far, rewritten as the solver improves it: the core roadmap as JSON plus the columns
 * needed to find it. Its id is the job's.
 */
@Entity
@Table(name = "roadmaps")
@AttributeOverride(name = "id", column = @Column(name = "job_id"))
public class RoadmapEntity extends AssignedIdEntity {

    private String planId;

    private long planVersion;

    private String score;

    private boolean feasible;

    @JdbcType(TextJdbcType.class)
    private String document;

    private Instant updatedAt;

    protected RoadmapEntity() {
    }

    RoadmapEntity(String jobId, String planId, long planVersion) {
        super(jobId);
        this.planId = planId;
        this.planVersion = planVersion;
    }

    void update(String score, boolean feasible, String document, Instant updatedAt) {
        this.score = score;
        this.feasible = feasible;
        this.document = document;
        this.updatedAt = updatedAt;
    }

    /** What {@code reader} reads from the roadmap's JSON document. */
    <T> T readDocument(Function<String, T> reader) {
        return reader.apply(document);
    }

    /** The roadmap as stored, its JSON document read by {@code readDocument}. */
    StoredRoadmap toStoredRoadmap(Function<String, Roadmap> readDocument) {
        return new StoredRoadmap(getId(), planId, planVersion, readDocument.apply(document), updatedAt);
    }
}
