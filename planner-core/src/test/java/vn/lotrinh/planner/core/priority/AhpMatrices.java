package vn.lotrinh.planner.core.priority;

import java.util.ArrayList;
import java.util.List;
import vn.lotrinh.planner.core.plan.Comparison;

/** Pairwise matrices from the literature, as the comparisons of their upper triangles. */
final class AhpMatrices {

    /**
     * Saaty, "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1), 2008, Table 2:
     * which drink is consumed more in the U.S. Published derived scale: .177, .019, .042, .116, .190, .129, .327.
     */
    static final List<String> DRINKS = List.of("coffee", "wine", "tea", "beer", "sodas", "milk", "water");
    static final double[][] DRINKS_UPPER = {
            {9, 5, 2, 1, 1, 1 / 2.0},
            {1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0},
            {1 / 3.0, 1 / 4.0, 1 / 3.0, 1 / 9.0},
            {1 / 2.0, 1, 1 / 3.0},
            {2, 1 / 2.0},
            {1 / 3.0}};

    /**
     * The leader example of Wikipedia's "Analytic hierarchy process – leader example" (criteria of a choice of leader):
     * published priorities .547, .127, .270, .056 and consistency ratio .044 with Saaty's random index .90.
     */
    static final List<String> LEADER = List.of("experience", "education", "charisma", "age");
    static final double[][] LEADER_UPPER = {{4, 3, 7}, {1 / 3.0, 3}, {5}};

    /**
     * Saaty's choice of a high school, "How to make a decision: the analytic hierarchy process", EJOR 48, 1990: six
     * criteria whose judgements are far from consistent (consistency ratio about 0.23 by this computation).
     */
    static final List<String> SCHOOL = List.of("learning", "friends", "schoolLife", "vocational", "collegePrep",
            "music");
    static final double[][] SCHOOL_UPPER = {
            {4, 3, 1, 3, 4},
            {7, 3, 1 / 5.0, 1},
            {1 / 5.0, 1 / 5.0, 1 / 6.0},
            {1, 1 / 3.0},
            {3}};

    private AhpMatrices() {
    }

    static List<Comparison> comparisons(List<String> ids, double[][] upper) {
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < upper.length; i++) {
            for (int k = 0; k < upper[i].length; k++) {
                comparisons.add(new Comparison(ids.get(i), ids.get(i + 1 + k), upper[i][k]));
            }
        }
        return comparisons;
    }

    static PairwiseMatrix matrix(List<String> ids, double[][] upper) {
        return PairwiseMatrix.of(ids, comparisons(ids, upper));
    }
}
