package vn.lotrinh.planner.api.priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.api.system.ReportTable;
import vn.lotrinh.planner.core.plan.Criterion;
import vn.lotrinh.planner.core.priority.PriorityRanking.Ranked;
import vn.lotrinh.planner.core.priority.PriorityReport.JudgedComparison;
import vn.lotrinh.planner.core.priority.WeightSensitivity.Range;

/**
 * The priorities as report tables: the components ranked (with each criterion's share of their scores), the criteria
 * with their weights and ranges, the comparisons with their parts in the inconsistency, and the summary figures.
 */
final class PriorityTables {

    private PriorityTables() {
    }

    /** One row per component, the first ranked first, then a share column per criterion: {@code share.<id>}. */
    static ReportTable components(PrioritiesResponse priorities) {
        List<String> header = new ArrayList<>(List.of("rank", "component_id", "name", "value", "score",
                "explicit_value"));
        priorities.report().criteria().forEach(criterion -> header.add("share." + criterion.id()));
        List<List<Object>> rows = new ArrayList<>();
        for (Ranked ranked : priorities.report().components()) {
            List<Object> row = new ArrayList<>(cells(ranked.rank(), ranked.componentId(), ranked.name(),
                    ranked.value(), ranked.score(), ranked.explicitValue()));
            priorities.report().criteria().forEach(criterion -> row.add(ranked.contributions().get(criterion.id())));
            rows.add(row);
        }
        return new ReportTable("Components", header, rows, Map.of("name", 60));
    }

    static List<ReportTable> all(PrioritiesResponse priorities) {
        return List.of(components(priorities), criteria(priorities), comparisons(priorities), summary(priorities));
    }

    private static ReportTable criteria(PrioritiesResponse priorities) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < priorities.report().criteria().size(); i++) {
            Criterion criterion = priorities.report().criteria().get(i);
            Range range = priorities.report().sensitivity().get(i);
            rows.add(cells(criterion.id(), criterion.name(), criterion.nameEn(), range.weight(), range.lower(),
                    range.upper()));
        }
        return new ReportTable("Criteria", List.of("criterion_id", "name_vi", "name_en", "weight",
                "weight_lower", "weight_upper"), rows, Map.of("name_vi", 50, "name_en", 50));
    }

    private static ReportTable comparisons(PrioritiesResponse priorities) {
        List<List<Object>> rows = new ArrayList<>();
        for (JudgedComparison comparison : priorities.report().comparisons()) {
            rows.add(cells(comparison.a(), comparison.b(), comparison.ratio(), comparison.impliedRatio(),
                    comparison.inconsistencyShare()));
        }
        return new ReportTable("Comparisons", List.of("a", "b", "ratio", "implied_ratio", "inconsistency_share"),
                rows);
    }

    private static ReportTable summary(PrioritiesResponse priorities) {
        List<List<Object>> rows = List.of(
                cells("lambda_max", priorities.report().lambdaMax()),
                cells("consistency_index", priorities.report().consistencyIndex()),
                cells("consistency_ratio", priorities.report().consistencyRatio()),
                cells("random_index", priorities.report().randomIndex()),
                cells("criteria", priorities.report().criteria().size()),
                cells("components", priorities.report().components().size()),
                cells("plan_id", priorities.planId()),
                cells("plan_version", priorities.planVersion()));
        return ReportTable.figures("Summary", rows);
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }
}
