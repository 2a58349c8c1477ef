package vn.lotrinh.planner.core.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value that differs between the two documents: a member added, removed or replaced. Objects are compared member
 * by member; an array is one value (a dependency list or a capex profile changed as a whole).
 *
 * @param pointer the JSON Pointer of the value in the newer document (in the older one for a value removed)
 * @param componentId the component the value belongs to; {@code null} for a plan setting
 * @param oldValue the value in the older document, {@code null} when it was added
 * @param newValue the value in the newer document, {@code null} when it was removed
 */
public record FieldChange(String pointer, String componentId, JsonNode oldValue, JsonNode newValue) {
}
