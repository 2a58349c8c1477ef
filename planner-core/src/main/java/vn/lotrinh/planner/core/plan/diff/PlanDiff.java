package vn.lotrinh.planner.core.plan.diff;

import java.util.List;

/**
 * What changed from one version of a plan document to another. Components are matched by {@code id} and caps by
 * funding source and period or phase, so that a component inserted in the middle is one addition, not a change of
 * every component after it.
 *
 * @param componentsAdded in the newer document's order
 * @param componentsRemoved in the older document's order
 * @param fieldsChanged the changed fields of components present in both, in the newer document's order
 * @param capsChanged in the older document's order, then the caps only the newer one has
 * @param settingsChanged every other member of the plan (name, calendar, funding sources, economics…), by pointer
 */
public record PlanDiff(List<ComponentRef> componentsAdded, List<ComponentRef> componentsRemoved,
        List<FieldChange> fieldsChanged, List<CapChange> capsChanged, List<FieldChange> settingsChanged) {

    public PlanDiff {
        componentsAdded = List.copyOf(componentsAdded);
        componentsRemoved = List.copyOf(componentsRemoved);
        fieldsChanged = List.copyOf(fieldsChanged);
        capsChanged = List.copyOf(capsChanged);
        settingsChanged = List.copyOf(settingsChanged);
    }

    public boolean isEmpty() {
        return componentsAdded.isEmpty() && componentsRemoved.isEmpty() && fieldsChanged.isEmpty()
                && capsChanged.isEmpty() && settingsChanged.isEmpty();
    }
}
