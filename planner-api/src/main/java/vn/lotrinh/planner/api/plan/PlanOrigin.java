package vn.lotrinh.planner.api.plan;

/**
 * Where a scenario comes from: the plan and the version of it that it was derived from, and the recipe that derived it.
 *
 * @param recipeJson the recipe as JSON text, as the scenario request gave it or, for a scenario from a fix, as derived
 * @param parentExists whether the parent is still stored; a deleted parent keeps its scenarios
 */
public record PlanOrigin(String parentId, long parentVersion, String recipeJson, boolean parentExists) {
}
