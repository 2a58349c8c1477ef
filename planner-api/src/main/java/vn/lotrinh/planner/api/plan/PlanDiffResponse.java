package vn.lotrinh.planner.api.plan;

import java.util.List;
import vn.lotrinh.planner.core.plan.diff.CapChange;
import vn.lotrinh.planner.core.plan.diff.ComponentRef;
import vn.lotrinh.planner.core.plan.diff.FieldChange;
import vn.lotrinh.planner.core.plan.diff.PlanDiff;

/** What changed from version {@code from} of a plan to version {@code to}: the core's {@link PlanDiff}. */
public record PlanDiffResponse(String planId, long from, long to, List<ComponentRef> componentsAdded,
        List<ComponentRef> componentsRemoved, List<FieldChange> fieldsChanged, List<CapChange> capsChanged,
        List<FieldChange> settingsChanged) {

    static PlanDiffResponse of(String planId, long from, long to, PlanDiff diff) {
        return new PlanDiffResponse(planId, from, to, diff.componentsAdded(), diff.componentsRemoved(),
                diff.fieldsChanged(), diff.capsChanged(), diff.settingsChanged());
    }
}
