package vn.lotrinh.planner.core.roadmap;

import java.util.List;

/**
 * Where one component landed in a roadmap. A scheduled component has its start and finish period (labels and indexes,
 * {@code finish = start + duration − 1}), the period it goes live and its phase; a deferred one has
 * {@code deferred == true}, null periods and the reasons it could not be scheduled.
 *
 * @param phase id of the phase the component starts in, or {@code null}
 */
public record Assignment(
        String componentId,
        String startPeriod,
        String finishPeriod,
        String liveFrom,
        Integer start,
        Integer finish,
        String phase,
        boolean deferred,
        List<String> reasons) {

    public Assignment {
        reasons = List.copyOf(reasons);
    }

    public static Assignment deferred(String componentId, List<String> reasons) {
        return new Assignment(componentId, null, null, null, null, null, null, true, reasons);
    }
}
