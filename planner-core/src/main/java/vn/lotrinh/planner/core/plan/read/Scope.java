package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;

/** An object of the document being checked, with its pointer and the subject that messages about it start with. */
record Scope(JsonNode object, String pointer, Text subject) {

    Located member(String name) {
        return Located.member(object, pointer, subject, name);
    }

    /** Whether the member is there with a value other than JSON {@code null}. */
    boolean has(String name) {
        return !Checks.absent(object.get(name));
    }

    String pointerTo(String name) {
        return Pointers.member(pointer, name);
    }

    Scope withSubject(Text newSubject) {
        return new Scope(object, pointer, newSubject);
    }
}
