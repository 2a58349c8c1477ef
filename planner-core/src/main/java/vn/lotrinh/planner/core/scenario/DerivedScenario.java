package vn.lotrinh.planner.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * A plan derived from its parent by a recipe: the document to store (the parent's, unknown members included, with the
 * recipe applied), the plan it reads to, and what the removals took with them.
 *
 * @param removedDependencies every {@code dependsOn} entry of a remaining component that named a removed one
 */
public record DerivedScenario(JsonNode document, Plan plan, ScenarioRecipe recipe,
        List<RemovedDependency> removedDependencies) {

    public DerivedScenario {
        removedDependencies = List.copyOf(removedDependencies);
    }

    /** {@code componentId} depended on {@code dependedOn}, which the scenario removes. */
    public record RemovedDependency(String componentId, String dependedOn) {
    }
}
