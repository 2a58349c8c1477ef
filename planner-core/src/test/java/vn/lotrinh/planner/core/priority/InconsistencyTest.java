package vn.lotrinh.planner.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class InconsistencyTest {

    @Test
    void sharesOfEveryPairAddUpToTheWholeInconsistency() {
        PairwiseMatrix matrix = AhpMatrices.matrix(AhpMatrices.SCHOOL, AhpMatrices.SCHOOL_UPPER);
        AhpWeights weights = AhpWeights.of(matrix);

        List<Inconsistency.Pair> pairs = Inconsistency.pairs(matrix, weights);

        assertThat(pairs).hasSize(15);
        assertThat(pairs.stream().mapToDouble(Inconsistency.Pair::share).sum()).isCloseTo(1, within(1e-9));
        assertThat(pairs).isSortedAccordingTo((x, y) -> Double.compare(y.share(), x.share()));
    }

    @Test
    void eachPairsTermIsItsExactPartOfLambdaMaxMinusN() {
        PairwiseMatrix matrix = AhpMatrices.matrix(AhpMatrices.SCHOOL, AhpMatrices.SCHOOL_UPPER);
        AhpWeights weights = AhpWeights.of(matrix);
        int n = matrix.size();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double e = matrix.entry(i, j) * weights.weights().get(j) / weights.weights().get(i);
                sum += e + 1 / e - 2;
            }
        }

        assertThat(sum / n).isCloseTo(weights.lambdaMax() - n, within(1e-9));
    }

    @Test
    void namesTheComparisonThatContradictsTheOthersWithTheRatioThatWouldAgree() {
        // a = 2b, b = 2c, c = 2d, so a = 8d; the judgement a = d/8 contradicts the rest.
        List<String> ids = List.of("a", "b", "c", "d");
        double[][] upper = {{2, 4, 1 / 8.0}, {2, 4}, {2}};
        PairwiseMatrix matrix = AhpMatrices.matrix(ids, upper);
        AhpWeights weights = AhpWeights.of(matrix);

        List<Inconsistency.Pair> named = Inconsistency.mostInconsistent(matrix, weights);

        assertThat(weights.isAcceptablyConsistent()).isFalse();
        assertThat(named.get(0)).satisfies(pair -> {
            assertThat(List.of(pair.row(), pair.column())).containsExactly(0, 3);
            assertThat(pair.share()).isGreaterThan(Inconsistency.pairs(matrix, weights).get(1).share());
            assertThat(pair.consistentRatio()).isCloseTo(8, within(1e-12));
        });
    }

    @Test
    void namesNothingInAConsistentMatrix() {
        PairwiseMatrix matrix = AhpMatrices.matrix(List.of("a", "b", "c"), new double[][] {{2, 4}, {2}});

        assertThat(Inconsistency.mostInconsistent(matrix, AhpWeights.of(matrix))).isEmpty();
    }
}
