package vn.lotrinh.planner.api.priority;

import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Criterion;
import vn.lotrinh.planner.core.priority.PriorityRanking;
import vn.lotrinh.planner.core.priority.PriorityReport;
import vn.lotrinh.planner.core.priority.WeightSensitivity;

/**
 * The priorities of a plan's current version: its criteria's weights by pairwise comparison, their consistency, the
 * components ranked by weighted score, and how far each weight can move before the top ten change.
 */
public record PrioritiesResponse(
        String planId,
        long planVersion,
        List<Criterion> criteria,
        Map<String, Double> weights,
        double lambdaMax,
        double consistencyIndex,
        double consistencyRatio,
        double randomIndex,
        List<PriorityReport.JudgedComparison> comparisons,
        List<PriorityRanking.Ranked> components,
        List<WeightSensitivity.Range> sensitivity) {

    static PrioritiesResponse of(String planId, long planVersion, PriorityReport report) {
        return new PrioritiesResponse(planId, planVersion, report.criteria(), report.weights(), report.lambdaMax(),
                report.consistencyIndex(), report.consistencyRatio(), report.randomIndex(), report.comparisons(),
                report.components(), report.sensitivity());
    }
}
