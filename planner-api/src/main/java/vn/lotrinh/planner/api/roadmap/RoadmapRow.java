package vn.lotrinh.planner.api.roadmap;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * One component of a roadmap as an export row. Money is in the plan's money unit.
 *
 * @param capex the likely capex, in full
 * @param opexInHorizon running cost over the live periods inside the horizon
 * @param funding funding shares in the import notation, {@code NS_TINH:0.5;NS_TW:0.5}
 * @param reasons a deferred component's reasons joined by {@code ; }, in both languages
 */
record RoadmapRow(String id, String name, String layer, String priority, String start, String finish,
        String liveFrom, String phase, BigDecimal capex, BigDecimal opexPerPeriod, BigDecimal opexInHorizon,
        String funding, boolean deferred, Text reasons) {

    static final List<String> HEADER = List.of("id", "name", "layer", "priority", "start", "finish", "live_from",
            "phase", "capex", "opex_per_period", "opex_in_horizon", "funding", "deferred", "reasons");

    /** The cells in {@link #HEADER} order: text, a text in both languages, numbers or null for an empty cell. */
    List<Object> cells() {
        return Arrays.asList(id, name, layer, priority, start, finish, liveFrom, phase, capex, opexPerPeriod,
                opexInHorizon, funding, deferred, reasons);
    }
}
