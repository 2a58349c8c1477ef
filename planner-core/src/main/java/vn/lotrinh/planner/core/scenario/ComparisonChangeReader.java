package vn.lotrinh.planner.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Comparison;
import vn.lotrinh.planner.core.plan.Criterion;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.scenario.ScenarioRecipe.ComparisonChange;

/**
 * Reads a scenario request's {@code comparisons}: new judgements {@code {a, b, ratio}} of pairs of the parent's
 * criteria, each pair at most once. Whether the judgements they make together are consistent is for the derived plan's
 * validation.
 */
final class ComparisonChangeReader {

    private static final List<String> MEMBERS = List.of("a", "b", "ratio");

    private final List<String> criterionIds;
    private final List<PlanError> errors;

    ComparisonChangeReader(Plan parent, List<PlanError> errors) {
        this.criterionIds = parent.priorities().criteria().stream().map(Criterion::id).toList();
        this.errors = errors;
    }

    List<ComparisonChange> read(JsonNode given) {
        if (given == null || given.isNull()) {
            return List.of();
        }
        if (!given.isArray()) {
            errors.add(new PlanError("/comparisons", Text.of("comparisons must be a list of {a, b, ratio} objects",
                    "comparisons phải là một danh sách đối tượng {a, b, ratio}")));
            return List.of();
        }
        if (!given.isEmpty() && criterionIds.isEmpty()) {
            errors.add(new PlanError("/comparisons", Text.of("the plan has no criteria to compare",
                    "kế hoạch không có tiêu chí nào để so sánh")));
            return List.of();
        }
        List<ComparisonChange> changes = new ArrayList<>();
        Map<Set<String>, String> changedAt = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            ComparisonChange change = change(given.get(i), "/comparisons/" + i, changedAt);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private ComparisonChange change(JsonNode change, String pointer, Map<Set<String>, String> changedAt) {
        if (!change.isObject()) {
            errors.add(new PlanError(pointer, Text.of("each comparison must be an object {a, b, ratio}",
                    "mỗi so sánh phải là một đối tượng {a, b, ratio}")));
            return null;
        }
        int errorsBefore = errors.size();
        change.fieldNames().forEachRemaining(member -> {
            if (!MEMBERS.contains(member)) {
                errors.add(new PlanError(pointer + "/" + member.replace("~", "~0").replace("/", "~1"), Text.format(
                        "{0} is not a member of a comparison (a, b, ratio)",
                        "{0} không phải là trường của một so sánh (a, b, ratio)", member)));
            }
        });
        String a = criterion(change.get("a"), pointer + "/a");
        String b = criterion(change.get("b"), pointer + "/b");
        BigDecimal ratio = ratio(change.get("ratio"), pointer + "/ratio");
        if (a != null && a.equals(b)) {
            errors.add(new PlanError(pointer + "/b", Text.format("compares {0} with itself: a comparison names two"
                    + " different criteria", "so sánh {0} với chính nó: một so sánh nêu hai tiêu chí khác nhau", a)));
        } else if (a != null && b != null && changedAt.putIfAbsent(Set.of(a, b), pointer) != null) {
            errors.add(new PlanError(pointer, Text.format("{0} and {1} are already compared at {2}: give each pair"
                    + " one new judgement", "{0} và {1} đã được so sánh ở {2}: mỗi cặp chỉ có một đánh giá mới", a, b,
                    changedAt.get(Set.of(a, b)))));
        }
        return errors.size() > errorsBefore ? null : new ComparisonChange(pointer, a, b, ratio);
    }

    private String criterion(JsonNode id, String pointer) {
        if (id == null || !id.isTextual() || !criterionIds.contains(id.textValue())) {
            String known = String.join(", ", criterionIds);
            errors.add(new PlanError(pointer, id == null
                    ? Text.format("is missing: it must be one of {0}", "còn thiếu: phải là một trong {0}", known)
                    : Text.format("{0} is not a criterion of the plan: it must be one of {1}", "{0} không phải là"
                            + " tiêu chí của kế hoạch: phải là một trong {1}", id, known)));
            return null;
        }
        return id.textValue();
    }

    private BigDecimal ratio(JsonNode ratio, String pointer) {
        boolean finite = ratio != null && ratio.isNumber()
                && !((ratio.isDouble() || ratio.isFloat()) && !Double.isFinite(ratio.doubleValue()));
        if (!finite || ratio.decimalValue().compareTo(Comparison.MIN_RATIO) < 0
                || ratio.decimalValue().compareTo(Comparison.MAX_RATIO) > 0) {
            errors.add(new PlanError(pointer, Text.format("must be a ratio from 1/9 (0.111) to 9 on Saaty's scale,"
                    + " found {0}", "phải là một tỷ lệ từ 1/9 (0.111) đến 9 trên thang Saaty, nhưng đang là {0}",
                    ratio == null ? Text.of("nothing", "không có gì") : Text.verbatim(ratio.toString()))));
            return null;
        }
        return ratio.decimalValue();
    }
}
