package vn.lotrinh.planner.api.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.api.system.ReportTable;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.ComponentDifference;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.PeriodSpend;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.SourceSpend;

/**
 * A comparison as the tables of its exports: {@code Components}, one row per component (the CSV file);
 * {@code Spend}, one row per period; {@code Summary}, the objective values and which roadmaps were compared.
 */
final class ComparisonTables {

    static final List<String> COMPONENT_HEADER = List.of("component_id", "name", "change", "start_a", "start_b",
            "shift_periods", "reasons_b");

    private static final Text REASON_SEPARATOR = Text.verbatim("; ");

    private ComparisonTables() {
    }

    static List<ReportTable> sheets(ComparisonResponse comparison) {
        return List.of(components(comparison), spend(comparison), summary(comparison));
    }

    static ReportTable components(ComparisonResponse comparison) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComponentDifference component : comparison.components()) {
            rows.add(Arrays.asList(component.componentId(), component.name(), component.change().name(),
                    component.startA(), component.startB(), component.shiftPeriods(),
                    Text.join(component.reasonsB(), REASON_SEPARATOR)));
        }
        return new ReportTable("Components", COMPONENT_HEADER, rows, Map.of("name", 50, "reasons_b", 80));
    }

    /** Per period the totals of both roadmaps, then a block {@code <source>.a, <source>.b, <source>.difference}. */
    static ReportTable spend(ComparisonResponse comparison) {
        List<String> header = new ArrayList<>(List.of("period", "total_a", "total_b", "difference"));
        List<SourceSpend> sources = comparison.spend().isEmpty() ? List.of()
                : comparison.spend().get(0).fundingSources();
        sources.forEach(source -> header.addAll(List.of(source.fundingSource() + ".a", source.fundingSource() + ".b",
                source.fundingSource() + ".difference")));
        List<List<Object>> rows = new ArrayList<>();
        for (PeriodSpend period : comparison.spend()) {
            List<Object> row = new ArrayList<>(List.of(period.period(), period.totalA(), period.totalB(),
                    period.difference()));
            period.fundingSources().forEach(source -> row.addAll(List.of(source.spendA(), source.spendB(),
                    source.difference())));
            rows.add(row);
        }
        return new ReportTable("Spend", header, rows);
    }

    static ReportTable summary(ComparisonResponse comparison) {
        List<List<Object>> rows = List.of(
                List.of("objective", comparison.objective().name()),
                List.of("objective_value_a", comparison.a().objectiveValue()),
                List.of("objective_value_b", comparison.b().objectiveValue()),
                List.of("difference", comparison.difference()),
                List.of("moved", comparison.moved().size()),
                List.of("newly_deferred", comparison.newlyDeferred().size()),
                List.of("newly_scheduled", comparison.newlyScheduled().size()),
                List.of("unchanged", comparison.unchanged()),
                List.of("deferred_in_both", comparison.deferredInBoth()),
                List.of("plan_id_a", comparison.a().planId()),
                List.of("plan_version_a", comparison.a().planVersion()),
                List.of("job_id_a", comparison.a().jobId()),
                List.of("plan_id_b", comparison.b().planId()),
                List.of("plan_version_b", comparison.b().planVersion()),
                List.of("job_id_b", comparison.b().jobId()));
        return ReportTable.figures("Summary", rows);
    }
}
