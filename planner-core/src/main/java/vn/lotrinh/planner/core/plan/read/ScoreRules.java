package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Priorities;
import vn.lotrinh.planner.core.priority.AhpWeights;

/**
 * The rules for each component's {@code scores} against the plan's criteria, and the value each component gets from
 * them: a component that gives {@code value} keeps it; in a plan with criteria every other one is worth its weighted
 * score, {@code Σ weight × score} on the scores' scale of 0 to 10, rounded to {@value #VALUE_DECIMALS} decimals, and
 * must give scores for every criterion.
 */
final class ScoreRules {

    /** The decimals a weighted score is rounded to as a component's value. */
    static final int VALUE_DECIMALS = 4;
    private static final BigDecimal MAX_SCORE = BigDecimal.TEN;
    private static final Text SCORE = Text.of("a score from 0 to 10", "một điểm từ 0 đến 10");

    private final Checks checks;
    private final CriteriaRules.Readout criteria;
    private final Map<String, Map<String, Double>> scoresById = new LinkedHashMap<>();
    private final Set<String> explicitValues = new LinkedHashSet<>();

    ScoreRules(Checks checks, CriteriaRules.Readout criteria) {
        this.checks = checks;
        this.criteria = criteria;
    }

    /**
     * Checks the component's scores and returns its value: the explicit one, else its weighted score in a plan with
     * criteria, else {@code defaultValue}; {@code null} when it cannot be known (something has been reported).
     *
     * @param id the component's id, {@code null} when invalid
     * @param explicit the component's valid {@code value}, {@code null} when absent or invalid
     */
    Double value(Scope component, String id, BigDecimal explicit, double defaultValue) {
        Map<String, Double> scores = scores(component);
        if (id != null && scores != null && criteria.hasCriteria()) {
            scoresById.put(id, scores);
        }
        if (component.has("value")) {
            if (id != null) {
                explicitValues.add(id);
            }
            return explicit == null ? null : explicit.doubleValue();
        }
        if (!criteria.hasCriteria()) {
            return defaultValue;
        }
        if (!component.has("scores")) {
            checks.report(component.pointerTo("scores"), Text.format("{0}scores is missing: in a plan with criteria a"
                    + " component gives a score from 0 to 10 for every criterion, or its value", "{0}thiếu scores:"
                    + " trong kế hoạch có tiêu chí, mỗi hạng mục cho điểm từ 0 đến 10 theo từng tiêu chí, hoặc nêu"
                    + " value", component.subject()));
            return null;
        }
        return scores == null || criteria.weights() == null ? null : weighted(scores, criteria.weights());
    }

    /** The plan's priorities once every component is read; clean documents only. */
    Priorities priorities() {
        if (!criteria.hasCriteria()) {
            return Priorities.NONE;
        }
        AhpWeights weights = criteria.weights();
        Map<String, Double> byCriterion = new LinkedHashMap<>();
        for (int i = 0; i < criteria.ids().size(); i++) {
            byCriterion.put(criteria.ids().get(i), weights.weights().get(i));
        }
        return new Priorities(criteria.criteria(), criteria.comparisons(), byCriterion, weights.lambdaMax(),
                weights.consistencyIndex(), weights.consistencyRatio(), scoresById, explicitValues);
    }

    /** The valid scores by criterion, in the criteria's order; {@code null} when absent, or not all valid. */
    private Map<String, Double> scores(Scope component) {
        Located at = component.member("scores");
        JsonNode object = checks.object(at, false, Text.of("an object that gives each criterion id a score from 0"
                + " to 10", "một đối tượng cho mỗi id tiêu chí một điểm từ 0 đến 10"));
        if (object == null || criteria.ids() == null) {
            return null;
        }
        List<String> ids = criteria.ids();
        if (ids.isEmpty()) {
            if (!object.isEmpty()) {
                checks.report(at.pointer(), Text.format("{0}scores scores the components against criteria, but the"
                        + " plan has none: give criteria, or leave scores out", "{0}scores chấm điểm theo tiêu chí,"
                        + " nhưng kế hoạch không có tiêu chí nào: hãy nêu criteria, hoặc bỏ scores",
                        component.subject()));
            }
            return null;
        }
        Map<String, Double> given = new LinkedHashMap<>();
        boolean valid = true;
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            Located score = new Located(entry.getValue(), Pointers.member(at.pointer(), entry.getKey()),
                    component.subject(), Text.format("score for {0}", "điểm cho {0}", Checks.quote(entry.getKey())));
            if (!ids.contains(entry.getKey())) {
                checks.report(score.pointer(), Text.format("{0}scores names {1}, which is not one of the plan's"
                        + " criteria ({2})", "{0}scores nêu {1}, không phải là một trong các tiêu chí của kế hoạch"
                        + " ({2})", component.subject(), Checks.quote(entry.getKey()), Checks.listIds(ids)));
                valid = false;
            }
            BigDecimal number = checks.number(score, true, BigDecimal.ZERO, MAX_SCORE, SCORE);
            valid &= number != null;
            if (number != null) {
                given.put(entry.getKey(), number.doubleValue());
            }
        }
        Set<String> missing = new LinkedHashSet<>(ids);
        object.fieldNames().forEachRemaining(missing::remove);
        if (!missing.isEmpty()) {
            checks.report(at.pointer(), Text.format("{0}scores gives no score for {1}: score every criterion from 0"
                    + " to 10", "{0}scores chưa cho điểm {1}: hãy chấm mỗi tiêu chí từ 0 đến 10", component.subject(),
                    Checks.listIds(missing.stream().map(id -> Checks.quote(id).english()).toList())));
            return null;
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, given.get(id)));
        return valid ? ordered : null;
    }

    private static double weighted(Map<String, Double> scores, AhpWeights weights) {
        double sum = 0;
        int i = 0;
        for (double score : scores.values()) {
            sum += weights.weights().get(i++) * score;
        }
        return BigDecimal.valueOf(sum).setScale(VALUE_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
