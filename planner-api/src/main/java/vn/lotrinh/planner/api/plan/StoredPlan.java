package vn.lotrinh.planner.api.plan;

import java.time.Instant;
import java.util.List;
import vn.lotrinh.planner.core.plan.read.PlanWarning;

/**
 * A plan as the service holds it: identity, version and the document text.
 *
 * @param origin where a scenario comes from; {@code null} for a plan that was not derived from another
 * @param warnings what the document should not do, found when it was written; empty for a plan read back
 */
public record StoredPlan(String id, String name, long version, String documentJson, Instant createdAt,
        Instant updatedAt, PlanOrigin origin, List<PlanWarning> warnings) {

    public StoredPlan {
        warnings = List.copyOf(warnings);
    }

    /** A plan read back from the store, without warnings. */
    public StoredPlan(String id, String name, long version, String documentJson, Instant createdAt,
            Instant updatedAt, PlanOrigin origin) {
        this(id, name, version, documentJson, createdAt, updatedAt, origin, List.of());
    }

    /** This plan as just written, with the warnings of its document. */
    StoredPlan withWarnings(List<PlanWarning> found) {
        return new StoredPlan(id, name, version, documentJson, createdAt, updatedAt, origin, found);
    }

    public PlanSummary summary() {
        return new PlanSummary(id, name, version, createdAt, updatedAt, origin == null ? null : origin.parentId(),
                origin == null ? null : origin.parentVersion(), warnings);
    }
}
