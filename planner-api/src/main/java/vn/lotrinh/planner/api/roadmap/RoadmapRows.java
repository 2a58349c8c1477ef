package vn.lotrinh.planner.api.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lotrinh.planner.api.system.ReportTable;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/** The export rows of a roadmap: one per component in plan order, with the plan's costs beside the schedule. */
final class RoadmapRows {

    private static final Text REASON_SEPARATOR = Text.verbatim("; ");

    private RoadmapRows() {
    }

    static List<RoadmapRow> of(Plan plan, Roadmap roadmap) {
        Map<String, Component> components = plan.withFunding(roadmap.fundingChoices()).componentsById();
        List<RoadmapRow> rows = new ArrayList<>();
        for (Assignment assignment : roadmap.assignments()) {
            Component component = components.get(assignment.componentId());
            int livePeriods = assignment.deferred() || assignment.finish() == null
                    ? 0
                    : Math.max(0, plan.horizon() - assignment.finish() - 1);
            rows.add(new RoadmapRow(
                    assignment.componentId(),
                    component.name(),
                    component.layer() == null ? null : component.layer().name(),
                    component.priority().name(),
                    assignment.startPeriod(),
                    assignment.finishPeriod(),
                    assignment.liveFrom(),
                    assignment.phase(),
                    Money.toUnits(component.capex().likelyMilli()),
                    Money.toUnits(component.opexPerPeriodMilli()),
                    Money.toUnits(component.opexPerPeriodMilli() * livePeriods),
                    funding(plan, component),
                    assignment.deferred(),
                    Text.join(assignment.reasons(), REASON_SEPARATOR)));
        }
        return rows;
    }

    /** The rows as the one table of a roadmap export, {@code Roadmap}, with room for names and reasons. */
    static ReportTable table(List<RoadmapRow> rows) {
        return new ReportTable("Roadmap", RoadmapRow.HEADER, rows.stream().map(RoadmapRow::cells).toList(),
                Map.of("name", 50, "reasons", 80));
    }

    private static String funding(Plan plan, Component component) {
        return plan.fundingSources().stream()
                .filter(source -> component.fundingShare(source.id()) > 0)
                .map(source -> source.id() + ":"
                        + BigDecimal.valueOf(component.fundingShare(source.id())).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(";"));
    }
}
