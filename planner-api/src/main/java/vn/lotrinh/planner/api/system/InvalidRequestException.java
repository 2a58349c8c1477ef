package vn.lotrinh.planner.api.system;

import java.util.List;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/** A request that is well-formed but asks for something invalid: answered {@code 400} with every error found. */
public class InvalidRequestException extends DetailedException {

    private final transient List<PlanError> errors;

    public InvalidRequestException(Text detail, List<PlanError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<PlanError> errors() {
        return errors;
    }
}
