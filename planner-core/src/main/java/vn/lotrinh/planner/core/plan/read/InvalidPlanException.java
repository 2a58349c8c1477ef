package vn.lotrinh.planner.core.plan.read;

import java.util.List;
import java.util.stream.Collectors;

/** A plan document broke one or more rules of {@code roadmap-plan/1}; carries every error found. */
public class InvalidPlanException extends RuntimeException {

    private final transient List<PlanError> errors;

    public InvalidPlanException(List<PlanError> errors) {
        super(errors.stream().map(e -> e.pointer() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<PlanError> errors() {
        return errors;
    }
}
