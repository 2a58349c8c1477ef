package vn.lotrinh.planner.api.sample;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.lotrinh.planner.api.system.AssignedIdEntity;

/** A one-off thing the service has done and must not do again, e.g. loading the sample plan; only ever inserted. */
@Entity
@Table(name = "service_markers")
@AttributeOverride(name = "id", column = @Column(name = "name"))
public class ServiceMarkerEntity extends AssignedIdEntity {

    private Instant createdAt;

    protected ServiceMarkerEntity() {
    }

    ServiceMarkerEntity(String name, Instant createdAt) {
        super(name);
        this.createdAt = createdAt;
    }
}
