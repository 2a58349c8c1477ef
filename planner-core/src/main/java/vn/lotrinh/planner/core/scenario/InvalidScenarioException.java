package vn.lotrinh.planner.core.scenario;

import java.util.List;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.read.PlanError;

/**
 * A scenario request could not derive a valid plan: every error found, each with a JSON Pointer into the request
 * ({@code /budgetChanges/2/period}).
 */
public class InvalidScenarioException extends RuntimeException {

    private final transient List<PlanError> errors;

    public InvalidScenarioException(List<PlanError> errors) {
        super(errors.stream().map(e -> e.pointer() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<PlanError> errors() {
        return errors;
    }
}
