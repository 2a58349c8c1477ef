package vn.lotrinh.planner.core.priority;

import java.util.List;
import vn.lotrinh.planner.core.plan.Comparison;

/**
 * The positive reciprocal matrix of a complete set of pairwise comparisons: entry {@code (i, j)} says how many times
 * more important criterion {@code i} is than criterion {@code j}, {@code (j, i)} is its reciprocal and the diagonal is
 * 1.
 */
public final class PairwiseMatrix {

    private final List<String> criterionIds;
    private final double[][] entries;

    private PairwiseMatrix(List<String> criterionIds, double[][] entries) {
        this.criterionIds = List.copyOf(criterionIds);
        this.entries = entries;
    }

    /**
     * The matrix of these comparisons over these criteria.
     *
     * @param comparisons every unordered pair of distinct criteria exactly once, each naming two of {@code
     * criterionIds}
     * @throws IllegalArgumentException when a pair is missing or a comparison names another criterion
     */
    public static PairwiseMatrix of(List<String> criterionIds, List<Comparison> comparisons) {
        int n = criterionIds.size();
        double[][] entries = new double[n][n];
        for (int i = 0; i < n; i++) {
            entries[i][i] = 1;
        }
        for (Comparison comparison : comparisons) {
            int a = indexOf(criterionIds, comparison.a());
            int b = indexOf(criterionIds, comparison.b());
            entries[a][b] = comparison.ratio();
            entries[b][a] = 1 / comparison.ratio();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (entries[i][j] <= 0) {
                    throw new IllegalArgumentException(criterionIds.get(i) + " and " + criterionIds.get(j)
                            + " are not compared");
                }
            }
        }
        return new PairwiseMatrix(criterionIds, entries);
    }

    private static int indexOf(List<String> criterionIds, String id) {
        int index = criterionIds.indexOf(id);
        if (index < 0) {
            throw new IllegalArgumentException(id + " is not one of the criteria " + criterionIds);
        }
        return index;
    }

    public int size() {
        return criterionIds.size();
    }

    public List<String> criterionIds() {
        return criterionIds;
    }

    /** How many times more important criterion {@code i} is than criterion {@code j}. */
    public double entry(int i, int j) {
        return entries[i][j];
    }

    /** A copy of the entries, row by row. */
    double[][] toArray() {
        double[][] copy = new double[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            copy[i] = entries[i].clone();
        }
        return copy;
    }
}
