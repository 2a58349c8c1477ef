package vn.lotrinh.planner.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** The sample Vĩnh Phúc plan as a document a test may change, and its components by id. */
public final class SampleDocument {

    private SampleDocument() {
    }

    /** A fresh copy of {@code data/vinh-phuc-egov-2.0.json}. */
    public static ObjectNode vinhPhuc() {
        String document = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
        return (ObjectNode) ApiClient.json(document);
    }

    public static ObjectNode component(ObjectNode plan, String id) {
        return (ObjectNode) plan.get("components").get(indexOf(plan, id));
    }

    /** The position of the component in the plan's {@code components}, as a JSON Pointer names it. */
    public static int indexOf(ObjectNode plan, String id) {
        for (int i = 0; i < plan.get("components").size(); i++) {
            if (plan.get("components").get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
