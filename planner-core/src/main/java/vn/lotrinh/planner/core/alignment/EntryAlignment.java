package vn.lotrinh.planner.core.alignment;

import java.util.List;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.Provision;

/**
 * How the plan, or its roadmap, covers one entry of the framework catalogue.
 *
 * @param deliveredBy the components that deliver it, in plan order
 * @param connectedBy the components that connect to it, in plan order
 * @param liveFrom the first period in which a component covering it is live, by the roadmap; {@code null} without
 *     a roadmap or when none of them is scheduled
 */
public record EntryAlignment(String code, String nameVi, String nameEn, Layer layer, Provision provision,
        Priority requirement, Status status, List<String> deliveredBy, List<String> connectedBy, String liveFrom) {

    public EntryAlignment {
        deliveredBy = List.copyOf(deliveredBy);
        connectedBy = List.copyOf(connectedBy);
    }

    /** Whether a component of the plan covers the entry, and by the roadmap when there is one. */
    public enum Status {
        /** No component delivers or connects to it. */
        MISSING,
        /** Components of the plan cover it (an alignment of the plan alone). */
        PLANNED,
        /** The roadmap schedules a component that covers it. */
        SCHEDULED,
        /** Components cover it, but the roadmap defers every one of them. */
        DEFERRED
    }

    /** A required entry the province will not have: missing from the plan or deferred by the roadmap. */
    public boolean isRequiredGap() {
        return requirement == Priority.MUST && (status == Status.MISSING || status == Status.DEFERRED);
    }
}
