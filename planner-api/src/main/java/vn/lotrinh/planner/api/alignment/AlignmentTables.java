package vn.lotrinh.planner.api.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.api.system.ReportTable;
import vn.lotrinh.planner.core.alignment.Alignment;
import vn.lotrinh.planner.core.alignment.ComponentMoney;
import vn.lotrinh.planner.core.alignment.Coverage;
import vn.lotrinh.planner.core.alignment.Duplication;
import vn.lotrinh.planner.core.alignment.EntryAlignment;
import vn.lotrinh.planner.core.alignment.Waste;

/**
 * The alignment as report tables: the catalogue's entries (by the plan, and by the latest roadmap when there is
 * one), and, by the roadmap or else by the plan, coverage per period, duplications and waste.
 */
final class AlignmentTables {

    static final List<String> ENTRY_HEADER = List.of("code", "name_vi", "name_en", "layer", "provided_by", "required",
            "status_plan", "status_roadmap", "delivered_by", "connected_by", "live_from");

    private AlignmentTables() {
    }

    /** @param roadmap the latest roadmap's alignment, or {@code null} */
    static ReportTable entries(Alignment plan, Alignment roadmap) {
        Map<String, EntryAlignment> byPlan = byCode(plan);
        Map<String, EntryAlignment> byRoadmap = roadmap == null ? Map.of() : byCode(roadmap);
        List<List<Object>> rows = new ArrayList<>();
        for (EntryAlignment entry : (roadmap == null ? plan : roadmap).entries()) {
            EntryAlignment planned = byPlan.get(entry.code());
            EntryAlignment scheduled = byRoadmap.get(entry.code());
            rows.add(cells(entry.code(), entry.nameVi(), entry.nameEn(), name(entry.layer()), entry.provision().name(),
                    entry.requirement().name(), planned.status().name(),
                    scheduled == null ? null : scheduled.status().name(), String.join(";", planned.deliveredBy()),
                    String.join(";", planned.connectedBy()), scheduled == null ? null : scheduled.liveFrom()));
        }
        return new ReportTable("Entries", ENTRY_HEADER, rows, Map.of("name_vi", 60, "name_en", 60));
    }

    static List<ReportTable> all(Alignment plan, Alignment roadmap) {
        Alignment basis = roadmap == null ? plan : roadmap;
        return List.of(entries(plan, roadmap), coverage(basis), duplications(basis), waste(basis));
    }

    private static ReportTable coverage(Alignment basis) {
        List<List<Object>> rows = new ArrayList<>();
        for (Coverage at : basis.coverage()) {
            rows.add(cells(at.period(), "ALL", at.required(), at.requiredLive(), at.entries(), at.live()));
            for (Coverage.LayerCoverage layer : at.layers()) {
                rows.add(cells(at.period(), name(layer.layer()), layer.required(), layer.requiredLive(),
                        layer.entries(), layer.live()));
            }
        }
        return new ReportTable("Coverage", List.of("period", "layer", "required", "required_live", "entries", "live"),
                rows);
    }

    private static ReportTable duplications(Alignment basis) {
        List<List<Object>> rows = new ArrayList<>();
        for (Duplication duplication : basis.duplications()) {
            for (ComponentMoney component : duplication.components()) {
                rows.add(cells(duplication.code(), duplication.nameVi(), component.componentId(), component.name(),
                        component.capex(), component.opexInHorizon()));
            }
        }
        return new ReportTable("Duplications", List.of("code", "name_vi", "component", "component_name", "capex",
                "opex_in_horizon"), rows, Map.of("name_vi", 50, "component_name", 50));
    }

    private static ReportTable waste(Alignment basis) {
        List<List<Object>> rows = new ArrayList<>();
        for (Waste waste : basis.waste()) {
            ComponentMoney component = waste.component();
            rows.add(cells(component.componentId(), component.name(), String.join(";", waste.codes()),
                    component.capex(), component.opexInHorizon()));
        }
        return new ReportTable("Waste", List.of("component", "component_name", "national_codes", "capex",
                "opex_in_horizon"), rows, Map.of("component_name", 50));
    }

    private static Map<String, EntryAlignment> byCode(Alignment alignment) {
        Map<String, EntryAlignment> byCode = new HashMap<>();
        alignment.entries().forEach(entry -> byCode.put(entry.code(), entry));
        return byCode;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }
}
