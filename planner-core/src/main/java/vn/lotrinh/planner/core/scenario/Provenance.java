package vn.lotrinh.planner.core.scenario;

import java.util.HashMap;
import java.util.Map;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Which part of a scenario request wrote which part of the derived document, so that an error the plan's validation
 * finds in the document can point into the request instead.
 */
final class Provenance {

    /** A written document pointer and the request pointer it came from. */
    private record Source(String requestPointer, boolean appendRest) {
    }

    private final Map<String, Source> sources = new HashMap<>();

    /** The member at {@code documentPointer} is the request's value at {@code requestPointer}, and so is all below. */
    void wrote(String documentPointer, String requestPointer) {
        sources.put(documentPointer, new Source(requestPointer, true));
    }

    /** The request's entry at {@code requestPointer} changed what stands at {@code documentPointer}. */
    void changed(String documentPointer, String requestPointer) {
        sources.putIfAbsent(documentPointer, new Source(requestPointer, false));
    }

    /**
     * The error with its pointer into the request: under the nearest document pointer written or changed by the
     * request; an error nothing of the request explains stays at the request's root and says where it stands.
     */
    PlanError locate(PlanError error) {
        for (String pointer = error.pointer(); ; pointer = parentOf(pointer)) {
            Source source = sources.get(pointer);
            if (source != null) {
                String rest = source.appendRest() ? error.pointer().substring(pointer.length()) : "";
                return new PlanError(source.requestPointer() + rest, error.message());
            }
            if (pointer.isEmpty()) {
                return new PlanError("", Text.format("the derived plan breaks a rule at {0}: {1}",
                        "kế hoạch dẫn xuất vi phạm một quy tắc ở {0}: {1}", error.pointer(), error.message()));
            }
        }
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }
}
