package vn.lotrinh.planner.core.priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which comparisons make a pairwise matrix inconsistent. With the principal eigenvector {@code w}, every row gives
 * {@code λmax = Σ_j a_ij w_j / w_i}; summing the rows, {@code λmax − n = (1/n) Σ_{i<j} (e_ij + 1/e_ij − 2)} with
 * {@code e_ij = a_ij w_j / w_i}, each term ≥ 0 and 0 exactly when the comparison agrees with the weights. So each
 * pair's term over the sum is its exact share of the inconsistency. The ratio that would agree with the other
 * comparisons is what they say about the pair through every third criterion {@code k}, {@code a_ik a_kj}, averaged
 * geometrically: unlike {@code w_i / w_j}, it does not lean towards the judgement it is to replace, and it is exact
 * when the others are consistent among themselves.
 */
public final class Inconsistency {

    /** Together the comparisons named make up at least this share of the inconsistency. */
    private static final double NAMED_SHARE = 0.5;
    /** The most comparisons named, so that a planner knows where to start. */
    private static final int MAX_NAMED = 3;

    private Inconsistency() {
    }

    /**
     * One comparison's part in the inconsistency.
     *
     * @param row the criterion compared, as an index of the matrix
     * @param column the criterion it is compared with
     * @param share its part of {@code λmax − n}, from 0 to 1; the shares of all pairs sum to 1 when the matrix is
     *     inconsistent
     * @param consistentRatio the geometric mean of {@code a_row,k a_k,column} over the other criteria {@code k}: the
     *     ratio of {@code row} over {@code column} that would agree with the other comparisons
     */
    public record Pair(int row, int column, double share, double consistentRatio) {
    }

    /** Every pair {@code i < j}, the largest share first (in matrix order among equal shares). */
    public static List<Pair> pairs(PairwiseMatrix matrix, AhpWeights weights) {
        int n = matrix.size();
        List<Double> w = weights.weights();
        List<Pair> pairs = new ArrayList<>();
        double total = 0;
        double[] terms = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double e = matrix.entry(i, j) * w.get(j) / w.get(i);
                terms[i * n + j] = e + 1 / e - 2;
                total += terms[i * n + j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double share = total > 0 ? terms[i * n + j] / total : 0;
                pairs.add(new Pair(i, j, share, indirectRatio(matrix, i, j)));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::share).reversed());
        return pairs;
    }

    /** What the comparisons with the other criteria say of {@code i} over {@code j}, averaged geometrically. */
    private static double indirectRatio(PairwiseMatrix matrix, int i, int j) {
        double logSum = 0;
        int others = 0;
        for (int k = 0; k < matrix.size(); k++) {
            if (k != i && k != j) {
                logSum += Math.log(matrix.entry(i, k) * matrix.entry(k, j));
                others++;
            }
        }
        return others == 0 ? matrix.entry(i, j) : Math.exp(logSum / others);
    }

    /**
     * The comparisons to revise first: the fewest, largest share first, that make up at least half of the
     * inconsistency, at most three.
     */
    public static List<Pair> mostInconsistent(PairwiseMatrix matrix, AhpWeights weights) {
        List<Pair> named = new ArrayList<>();
        double covered = 0;
        for (Pair pair : pairs(matrix, weights)) {
            if (covered >= NAMED_SHARE || named.size() == MAX_NAMED || pair.share() <= 0) {
                break;
            }
            named.add(pair);
            covered += pair.share();
        }
        return named;
    }
}
