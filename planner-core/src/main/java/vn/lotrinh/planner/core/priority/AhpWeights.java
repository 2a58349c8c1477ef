package vn.lotrinh.planner.core.priority;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealVector;

/**
 * The criteria's weights by the eigenvector method of the Analytic Hierarchy Process: the principal right eigenvector
 * of the pairwise matrix, normalised to sum 1, with the matrix's consistency.
 *
 * @param weights each criterion's weight, in the matrix's order, each positive, summing to 1
 * @param lambdaMax the largest real eigenvalue of the matrix, ≥ n, equal to n exactly when it is consistent
 * @param consistencyIndex {@code (lambdaMax − n) / (n − 1)}; 0 for one or two criteria
 * @param consistencyRatio {@code consistencyIndex / RandomIndex.of(n)}; 0 for one or two criteria
 */
public record AhpWeights(List<Double> weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {

    /** The largest consistency ratio Saaty accepts: above it the judgements are to be revised. */
    public static final double MAX_CONSISTENCY_RATIO = 0.1;

    /** How far from zero an eigenvalue's imaginary part may be for it to count as real. */
    private static final double REAL_TOLERANCE = 1e-9;

    public AhpWeights {
        weights = List.copyOf(weights);
    }

    public static AhpWeights of(PairwiseMatrix matrix) {
        int n = matrix.size();
        if (n <= 2) {
            // A reciprocal matrix of one or two criteria is always consistent: the weights stand in its one ratio.
            return n == 1 ? new AhpWeights(List.of(1.0), 1, 0, 0)
                    : new AhpWeights(normalised(new double[] {matrix.entry(0, 1), 1}), 2, 0, 0);
        }
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(matrix.toArray()));
        int principal = principalIndex(eigen);
        RealVector vector = eigen.getEigenvector(principal);
        double lambdaMax = eigen.getRealEigenvalue(principal);
        double consistencyIndex = Math.max(0, (lambdaMax - n) / (n - 1));
        return new AhpWeights(normalised(vector.toArray()), lambdaMax, consistencyIndex,
                consistencyIndex / RandomIndex.of(n));
    }

    public boolean isAcceptablyConsistent() {
        return consistencyRatio <= MAX_CONSISTENCY_RATIO;
    }

    /** The largest real eigenvalue: a positive matrix's Perron root, which is real and simple. */
    private static int principalIndex(EigenDecomposition eigen) {
        int principal = -1;
        for (int i = 0; i < eigen.getRealEigenvalues().length; i++) {
            double real = eigen.getRealEigenvalue(i);
            boolean isReal = Math.abs(eigen.getImagEigenvalue(i)) <= REAL_TOLERANCE * Math.max(1, Math.abs(real));
            if (isReal && (principal < 0 || real > eigen.getRealEigenvalue(principal))) {
                principal = i;
            }
        }
        if (principal < 0) {
            throw new IllegalStateException("a positive matrix has a real principal eigenvalue");
        }
        return principal;
    }

    /** The vector scaled to sum 1, which also turns an all-negative eigenvector positive. */
    private static List<Double> normalised(double[] vector) {
        double sum = 0;
        for (double entry : vector) {
            sum += entry;
        }
        List<Double> weights = new ArrayList<>(vector.length);
        for (double entry : vector) {
            weights.add(entry / sum);
        }
        return weights;
    }
}
