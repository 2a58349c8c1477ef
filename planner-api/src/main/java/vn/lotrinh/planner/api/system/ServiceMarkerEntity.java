package vn.lotrinh.planner.api.system;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A one-off thing the service has done and must not do again, e.g. loading the sample plan. */
@Entity
@Table(name = "service_markers")
public class ServiceMarkerEntity implements Persistable<String> {

    @Id
    private String name;

    private Instant createdAt;

    protected ServiceMarkerEntity() {
    }

    ServiceMarkerEntity(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    @Override
    public String getId() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Markers are only ever inserted. */
    @Override
    public boolean isNew() {
        return true;
    }
}
