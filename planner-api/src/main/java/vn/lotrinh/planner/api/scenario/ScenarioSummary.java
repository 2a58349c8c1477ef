package vn.lotrinh.planner.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * One scenario of a plan, as {@code GET /api/plans/{planId}/scenarios} lists it.
 *
 * @param parentVersion the version of the parent it was derived from
 * @param recipe the recipe stored with it
 * @param latestObjectiveValue the objective value of its latest roadmap, {@code null} when it was never solved
 */
public record ScenarioSummary(String id, String name, long parentVersion, JsonNode recipe,
        BigDecimal latestObjectiveValue) {
}
