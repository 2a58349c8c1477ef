package vn.lotrinh.planner.core.scenario;

import java.util.List;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;

/**
 * A scenario request could not derive a valid plan: every error found, each with a JSON Pointer into the request
 * ({@code /budgetChanges/2/period}), whether the request itself or the plan it derives breaks a rule.
 */
public class InvalidScenarioException extends InvalidPlanException {

    public InvalidScenarioException(List<PlanError> errors) {
        super(errors);
    }
}
