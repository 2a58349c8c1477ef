package vn.lotrinh.planner.api.frontier;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcType;
import vn.lotrinh.planner.api.system.AssignedIdEntity;
import vn.lotrinh.planner.api.system.TextJdbcType;

/** One point of a frontier, written once when it is found: the point as clients see it, in JSON. */
@Entity
@Table(name = "frontier_points")
public class FrontierPointEntity extends AssignedIdEntity {

    private String frontierId;

    /** The point's position in the frontier's scales, from 0. */
    private int pointIndex;

    @JdbcType(TextJdbcType.class)
    private String document;

    protected FrontierPointEntity() {
    }

    FrontierPointEntity(String id, String frontierId, int pointIndex, String document) {
        super(id);
        this.frontierId = frontierId;
        this.pointIndex = pointIndex;
        this.document = document;
    }

    String frontierId() {
        return frontierId;
    }

    String document() {
        return document;
    }
}
