package vn.lotrinh.planner.core.plan.read;

/**
 * Something a valid plan should not do, found when it is read: it is stored and solved anyway.
 *
 * @param pointer JSON Pointer of what the warning is about, {@code /components/4/delivers/0}
 * @param message what it is, in English and Vietnamese
 */
public record PlanWarning(String pointer, Text message) {
}
