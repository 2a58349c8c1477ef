package vn.lotrinh.planner.api.plan;

/**
 * Published, inside the transaction that stores it, when a plan gets a new version, so that the version is kept and
 * the change recorded in the same commit.
 *
 * @param previousDocument the document of the version before, {@code null} for a new plan
 * @param origin where a scenario comes from, {@code null} for any other plan
 */
public record PlanChangedEvent(String planId, String name, long version, PlanChange change, String previousDocument,
        String document, PlanOrigin origin) {
}
