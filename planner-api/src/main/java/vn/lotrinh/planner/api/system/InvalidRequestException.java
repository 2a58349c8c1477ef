package vn.lotrinh.planner.api.system;

import java.util.List;
import vn.lotrinh.planner.core.plan.read.PlanError;

/** A request that is well-formed but asks for something invalid: answered {@code 400} with every error found. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<PlanError> errors;

    public InvalidRequestException(String message, List<PlanError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<PlanError> errors() {
        return errors;
    }
}
