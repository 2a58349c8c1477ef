package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value of the document with where it is: its JSON Pointer, the subject that messages about it start with (e.g.
 * {@code component "TTDL": }) and the label that names it (e.g. {@code duration}).
 *
 * @param value the value, {@code null} when the member is absent
 */
record Located(JsonNode value, String pointer, Text subject, Text label) {

    /** A member of an object value; {@code subject} carries over. */
    static Located member(JsonNode object, String objectPointer, Text subject, String name) {
        return new Located(object.get(name), Pointers.member(objectPointer, name), subject, Text.verbatim(name));
    }

    Located withLabel(Text newLabel) {
        return new Located(value, pointer, subject, newLabel);
    }
}
