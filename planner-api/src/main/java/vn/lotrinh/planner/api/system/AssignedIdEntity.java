package vn.lotrinh.planner.api.system;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the service assigns (a UUID or a name) before it is saved. Spring Data cannot tell from such an
 * id whether the entity is new, and would merge, reading the row first; this tells it from the entity's life cycle.
 * The id's column is {@code id} unless the entity overrides it with {@code @AttributeOverride(name = "id")}.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<String> {

    @Id
    private String id;

    @Transient
    private boolean stored;

    /** For JPA, which sets the fields itself. */
    protected AssignedIdEntity() {
    }

    protected AssignedIdEntity(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
