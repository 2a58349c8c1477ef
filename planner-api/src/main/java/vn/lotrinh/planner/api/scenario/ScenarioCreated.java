package vn.lotrinh.planner.api.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import vn.lotrinh.planner.core.plan.read.PlanWarning;
import vn.lotrinh.planner.core.scenario.DerivedScenario.RemovedDependency;

/**
 * What {@code POST /api/plans/{planId}/scenarios} answers: the new plan as {@code POST /api/plans} answers it, where
 * it comes from and what its removals took with them.
 *
 * @param recipe the recipe stored with the scenario: the request's, or for a scenario from a fix the explicit one
 *     derived from the fix, with {@code fromFix}
 * @param removedDependencies each {@code dependsOn} entry of a remaining component that named a removed one
 * @param warnings what the derived plan should not do, as {@code POST /api/plans} answers them; left out when none
 */
public record ScenarioCreated(String id, String name, long version, Instant createdAt, Instant updatedAt,
        String parentId, long parentVersion, JsonNode recipe, List<RemovedDependency> removedDependencies,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PlanWarning> warnings) {
}
