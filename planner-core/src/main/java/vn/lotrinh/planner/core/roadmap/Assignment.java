package vn.lotrinh.planner.core.roadmap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Where one component landed in a roadmap. A scheduled component has its start and finish period (labels and indexes,
 * {@code finish = start + duration − 1}), the period it goes live and its phase; a deferred one has
 * {@code deferred == true}, null periods and the reasons it could not be scheduled, in both languages.
 *
 * @param phase id of the phase the component starts in, or {@code null}
 * @param funding the shares by funding source it is paid from, {@code null} when deferred
 * @param fundingOption for a component the solver chooses the funding of, the index of the chosen option in its
 *     {@code eligibleFunding}; {@code null} when deferred or when the plan fixes its funding
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
        List<Text> reasons,
        Map<String, Double> funding,
        Integer fundingOption) {

    public Assignment {
        reasons = List.copyOf(reasons);
        funding = funding == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(funding));
    }

    public static Assignment deferred(String componentId, List<Text> reasons) {
        return new Assignment(componentId, null, null, null, null, null, null, true, reasons, null, null);
    }
}
