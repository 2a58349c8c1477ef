package vn.lotrinh.planner.core.scenario;

import vn.lotrinh.planner.core.plan.read.Text;

/** Two roadmaps that cannot be compared, and why, in both languages. */
public class NotComparableException extends IllegalArgumentException {

    private final transient Text reason;

    public NotComparableException(Text reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
