package vn.lotrinh.planner.api.system;

import java.util.List;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/** A request body that is not JSON at all (or not a JSON object): answered {@code 400} at pointer {@code ""}. */
public class MalformedJsonException extends InvalidPlanException {

    public MalformedJsonException(Text message) {
        super(List.of(new PlanError("", message)));
    }
}
