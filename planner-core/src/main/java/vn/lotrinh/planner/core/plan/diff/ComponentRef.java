package vn.lotrinh.planner.core.plan.diff;

/**
 * A component added or removed.
 *
 * @param pointer where it is in the document that has it: the newer one for an addition, the older for a removal
 */
public record ComponentRef(String id, String name, String pointer) {
}
