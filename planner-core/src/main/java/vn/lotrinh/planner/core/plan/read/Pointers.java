package vn.lotrinh.planner.core.plan.read;

/** Builds RFC 6901 JSON Pointers into a plan document. */
final class Pointers {

    private Pointers() {
    }

    /** The pointer to a member of the object at {@code base}; {@code ~} and {@code /} in the name are escaped. */
    static String member(String base, String name) {
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to an element of the array at {@code base}. */
    static String element(String base, int index) {
        return base + "/" + index;
    }
}
