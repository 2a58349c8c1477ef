package vn.lotrinh.planner.api.system;

import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A request that is valid in itself but cannot be answered in the present state of what it names (a plan that has no
 * roadmap yet): answered {@code 409} with its title, the ids it names as members of the problem ({@code planId}) and,
 * where a field of the request is the cause, errors pointing at it.
 */
public class ConflictException extends DetailedException {

    private final transient Text title;
    private final transient Map<String, String> properties;
    private final transient List<PlanError> errors;

    public ConflictException(Text title, Text detail, Map<String, String> properties, List<PlanError> errors) {
        super(detail);
        this.title = title;
        this.properties = Map.copyOf(properties);
        this.errors = List.copyOf(errors);
    }

    public Text title() {
        return title;
    }

    public Map<String, String> properties() {
        return properties;
    }

    public List<PlanError> errors() {
        return errors;
    }
}
