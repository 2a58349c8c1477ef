package vn.lotrinh.planner.api.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.lotrinh.planner.core.plan.read.PlanWarning;

/**
 * What the plan list and every write answer: the plan's identity and version, not its document.
 *
 * @param parentId the plan a scenario was derived from, {@code null} for any other plan
 * @param parentVersion the version of the parent it was derived from, {@code null} for any other plan
 * @param warnings what the document written should not do (a duplicated capability, a national system rebuilt):
 *     answered by a write, never in the list; left out when there are none
 */
public record PlanSummary(String id, String name, long version, Instant createdAt, Instant updatedAt,
        String parentId, Long parentVersion, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PlanWarning> warnings) {

    public PlanSummary {
        warnings = List.copyOf(warnings);
    }

    /** A plan of the list: no warnings. */
    public PlanSummary(String id, String name, long version, Instant createdAt, Instant updatedAt, String parentId,
            Long parentVersion) {
        this(id, name, version, createdAt, updatedAt, parentId, parentVersion, List.of());
    }
}
