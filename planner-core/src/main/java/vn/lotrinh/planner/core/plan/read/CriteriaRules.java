package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Comparison;
import vn.lotrinh.planner.core.plan.Criterion;
import vn.lotrinh.planner.core.priority.AhpWeights;
import vn.lotrinh.planner.core.priority.Inconsistency;
import vn.lotrinh.planner.core.priority.PairwiseMatrix;
import vn.lotrinh.planner.core.priority.RandomIndex;

/**
 * The rules for the plan's {@code criteria} and their pairwise {@code comparisons}: every unordered pair of distinct
 * criteria compared exactly once on Saaty's scale, and the comparisons consistent enough (consistency ratio at most
 * {@value AhpWeights#MAX_CONSISTENCY_RATIO}) for their weights to be defended. An inconsistent matrix is reported at
 * the comparisons that make up most of its inconsistency, each with the ratio that would agree with the others.
 */
final class CriteriaRules {

    private static final Text RATIO = Text.of("a ratio from 1/9 (0.111) to 9 on Saaty's scale",
            "một tỷ lệ từ 1/9 (0.111) đến 9 trên thang Saaty");
    private static final Text CRITERION = Text.of("criterion", "tiêu chí");
    private static final int MAX_NAME_CHARS = 200;

    private final Checks checks;

    CriteriaRules(Checks checks) {
        this.checks = checks;
    }

    /**
     * What the plan's criteria and comparisons say, as far as they are valid.
     *
     * @param ids the criteria's ids in document order, or {@code null} when {@code criteria} is unreadable
     * @param criteria the criteria built, complete when the document is clean
     * @param weights the weights, or {@code null} when there are no criteria or the comparisons are invalid
     */
    record Readout(List<String> ids, List<Criterion> criteria, List<Comparison> comparisons, AhpWeights weights) {

        boolean hasCriteria() {
            return ids != null && !ids.isEmpty();
        }
    }

    Readout check(Scope plan) {
        List<String> ids = new ArrayList<>();
        List<Criterion> criteria = criteria(plan.member("criteria"), ids);
        int errorsBefore = checks.errors().size();
        List<Located> ratios = new ArrayList<>();
        List<Comparison> comparisons = comparisons(plan.member("comparisons"), criteria == null ? null : ids, ratios);
        if (criteria == null || ids.isEmpty() || checks.errors().size() > errorsBefore) {
            return new Readout(criteria == null ? null : ids, criteria == null ? List.of() : criteria, comparisons,
                    null);
        }
        PairwiseMatrix matrix = PairwiseMatrix.of(ids, comparisons);
        AhpWeights weights = AhpWeights.of(matrix);
        if (!weights.isAcceptablyConsistent()) {
            reportInconsistency(matrix, weights, comparisons, ratios);
            return new Readout(ids, criteria, comparisons, null);
        }
        return new Readout(ids, criteria, comparisons, weights);
    }

    /** The criteria, their ids added to {@code ids}; {@code null} when the list is unreadable or too long. */
    private List<Criterion> criteria(Located at, List<String> ids) {
        JsonNode list = checks.array(at, false, Text.of("a list of criteria {id, name, nameEn}",
                "một danh sách tiêu chí {id, name, nameEn}"));
        if (list == null) {
            return Checks.absent(at.value()) ? List.of() : null;
        }
        if (list.size() > RandomIndex.MAX_SIZE) {
            checks.report(at.pointer(), Text.format("the plan has {0} criteria: at most {1} are allowed, the sizes"
                    + " Saaty's random index is tabled for", "kế hoạch có {0} tiêu chí: tối đa là {1}, số tiêu chí mà"
                    + " bảng chỉ số ngẫu nhiên của Saaty có", list.size(), RandomIndex.MAX_SIZE));
            return null;
        }
        UniqueIds unique = new UniqueIds(checks, CRITERION);
        List<Criterion> criteria = checks.eachObject(list, at.pointer(), CRITERION,
                Text.of("an object with id and name", "một đối tượng có id và name"), item -> {
                    String id = checks.id(item.member("id"));
                    if (id != null) {
                        unique.claim(id, item.pointer());
                        item = item.withSubject(Text.format("{0} {1}: ", "{0} {1}: ", CRITERION, Checks.quote(id)));
                    }
                    String name = checks.text(item.member("name"), true, 1, MAX_NAME_CHARS, Checks.NAME);
                    String nameEn = checks.text(item.member("nameEn"), false, 1, MAX_NAME_CHARS, Checks.NAME);
                    return checks.isClean() ? new Criterion(id, name, nameEn) : null;
                });
        ids.addAll(unique.ids());
        return criteria;
    }

    /**
     * The comparisons, each with its ratio's place added to {@code ratios}; with {@code ids} ({@code null}: the
     * criteria are unreadable, so references go unchecked) every pair must be compared once.
     */
    private List<Comparison> comparisons(Located at, List<String> ids, List<Located> ratios) {
        JsonNode list = checks.array(at, false, Text.of("a list of comparisons {a, b, ratio}",
                "một danh sách so sánh {a, b, ratio}"));
        if (list != null && !list.isEmpty() && ids != null && ids.isEmpty()) {
            checks.report(at.pointer(), Text.of("comparisons compare criteria, but the plan has none: give criteria,"
                    + " or leave comparisons out", "comparisons so sánh các tiêu chí, nhưng kế hoạch không có tiêu"
                    + " chí nào: hãy nêu criteria, hoặc bỏ comparisons"));
            return List.of();
        }
        Map<Set<String>, String> comparedAt = new HashMap<>();
        List<Comparison> comparisons = list == null ? List.of() : checks.eachObject(list, at.pointer(),
                Text.of("comparison", "so sánh"), Text.of("an object with a, b and ratio",
                        "một đối tượng có a, b và ratio"), item -> comparison(item, ids, comparedAt, ratios));
        boolean readable = list != null || Checks.absent(at.value());
        if (ids != null && readable) {
            reportMissingPairs(at.pointer(), ids, comparedAt);
        }
        return comparisons;
    }

    private Comparison comparison(Scope item, List<String> ids, Map<Set<String>, String> comparedAt,
            List<Located> ratios) {
        String a = criterion(item, "a", ids);
        String b = criterion(item, "b", ids);
        Located ratioAt = item.member("ratio");
        BigDecimal ratio = checks.number(ratioAt, true, Comparison.MIN_RATIO, Comparison.MAX_RATIO, RATIO);
        if (a != null && a.equals(b)) {
            checks.report(item.pointerTo("b"), Text.format("{0}compares {1} with itself: a comparison names two"
                    + " different criteria", "{0}so sánh {1} với chính nó: một so sánh nêu hai tiêu chí khác nhau",
                    item.subject(), Checks.quote(a)));
            return null;
        }
        if (a == null || b == null) {
            return null;
        }
        String earlier = comparedAt.putIfAbsent(Set.of(a, b), item.pointer());
        if (earlier != null) {
            checks.report(item.pointer(), Text.format("{0}{1} and {2} are already compared at {3}: each pair of"
                    + " criteria is compared once", "{0}{1} và {2} đã được so sánh ở {3}: mỗi cặp tiêu chí chỉ so sánh"
                    + " một lần", item.subject(), Checks.quote(a), Checks.quote(b), earlier));
            return null;
        }
        if (ratio == null) {
            return null;
        }
        ratios.add(ratioAt);
        return new Comparison(a, b, ratio.doubleValue());
    }

    private String criterion(Scope item, String member, List<String> ids) {
        Located at = item.member(member);
        String id = checks.text(at, true, Text.of("the id of a criterion", "id của một tiêu chí"));
        if (id != null && ids != null && !ids.contains(id)) {
            checks.report(at.pointer(), Text.format("{0}{1} names {2}, which is not one of the plan's criteria ({3})",
                    "{0}{1} nêu {2}, không phải là một trong các tiêu chí của kế hoạch ({3})", item.subject(), member,
                    Checks.quote(id), Checks.listIds(ids)));
            return null;
        }
        return id;
    }

    private void reportMissingPairs(String pointer, List<String> ids, Map<Set<String>, String> comparedAt) {
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!comparedAt.containsKey(Set.of(ids.get(i), ids.get(j)))) {
                    checks.report(pointer, Text.format("criteria {0} and {1} are not compared: each pair of the {2}"
                            + " criteria is compared once, {3} comparisons in all", "tiêu chí {0} và {1} chưa được so"
                            + " sánh: mỗi cặp trong {2} tiêu chí được so sánh một lần, tổng cộng {3} so sánh",
                            Checks.quote(ids.get(i)), Checks.quote(ids.get(j)), n, n * (n - 1) / 2));
                }
            }
        }
    }

    /** One error at the ratio of each comparison to revise first. */
    private void reportInconsistency(PairwiseMatrix matrix, AhpWeights weights, List<Comparison> comparisons,
            List<Located> ratios) {
        List<String> ids = matrix.criterionIds();
        for (Inconsistency.Pair pair : Inconsistency.mostInconsistent(matrix, weights)) {
            for (int k = 0; k < comparisons.size(); k++) {
                Comparison comparison = comparisons.get(k);
                int a = ids.indexOf(comparison.a());
                int b = ids.indexOf(comparison.b());
                if (Math.min(a, b) == pair.row() && Math.max(a, b) == pair.column()) {
                    double agreeing = a == pair.row() ? pair.consistentRatio() : 1 / pair.consistentRatio();
                    checks.report(ratios.get(k).pointer(), Text.format("the comparisons are too inconsistent to"
                            + " weigh the criteria: consistency ratio {0}, at most 0.1 is allowed (Saaty's random"
                            + " index {1} for {2} criteria); comparing {3} with {4} at {5} makes up {6} % of the"
                            + " inconsistency: {7} would agree with the other comparisons (on Saaty's scale: {8})",
                            "các so sánh quá thiếu nhất quán để tính trọng số tiêu chí: tỷ số nhất quán {0}, tối đa"
                            + " cho phép là 0.1 (chỉ số ngẫu nhiên Saaty {1} cho {2} tiêu chí); so sánh {3} với {4}"
                            + " ở mức {5} chiếm {6} % độ không nhất quán: {7} sẽ khớp với các so sánh khác (trên thang"
                            + " Saaty: {8})", decimals(weights.consistencyRatio(), 3), RandomIndex.of(matrix.size()),
                            matrix.size(), Checks.quote(comparison.a()), Checks.quote(comparison.b()),
                            decimals(comparison.ratio(), 3), decimals(100 * pair.share(), 0), decimals(agreeing, 2),
                            SaatyScale.nearest(agreeing)));
                }
            }
        }
    }

    private static String decimals(double number, int places) {
        return BigDecimal.valueOf(number).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
