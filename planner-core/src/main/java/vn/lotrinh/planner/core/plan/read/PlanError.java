package vn.lotrinh.planner.core.plan.read;

/**
 * One thing wrong with a plan document.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending value, e.g. {@code /components/3/dependsOn/0}
 * @param message what is wrong, in words a planner understands, in English and Vietnamese
 */
public record PlanError(String pointer, Text message) {
}
