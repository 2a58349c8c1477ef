package vn.lotrinh.planner.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Comparison;

class AhpWeightsTest {

    @Test
    void reproducesSaatysDrinkConsumptionScaleToItsPublishedThreeDecimals() {
        AhpWeights weights = AhpWeights.of(AhpMatrices.matrix(AhpMatrices.DRINKS, AhpMatrices.DRINKS_UPPER));

        double[] published = {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327};
        for (int i = 0; i < published.length; i++) {
            assertThat(weights.weights().get(i)).as(AhpMatrices.DRINKS.get(i)).isCloseTo(published[i], within(5e-4));
        }
        assertThat(weights.consistencyRatio()).isLessThan(AhpWeights.MAX_CONSISTENCY_RATIO);
    }

    @Test
    void reproducesTheLeaderExamplesPublishedPrioritiesAndConsistencyRatio() {
        AhpWeights weights = AhpWeights.of(AhpMatrices.matrix(AhpMatrices.LEADER, AhpMatrices.LEADER_UPPER));

        double[] published = {0.547, 0.127, 0.270, 0.056};
        for (int i = 0; i < published.length; i++) {
            assertThat(weights.weights().get(i)).as(AhpMatrices.LEADER.get(i)).isCloseTo(published[i], within(1e-3));
        }
        assertThat(weights.consistencyRatio()).isCloseTo(0.044, within(1e-3));
        assertThat(weights.consistencyIndex()).isEqualTo((weights.lambdaMax() - 4) / 3, within(1e-12));
    }

    @Test
    void weighsAConsistentMatrixExactlyByItsRatiosWithLambdaMaxN() {
        List<String> ids = List.of("a", "b", "c", "d");
        double[] truth = {8, 4, 2, 1};
        List<Comparison> comparisons = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                comparisons.add(new Comparison(ids.get(i), ids.get(j), truth[i] / truth[j]));
            }
        }

        AhpWeights weights = AhpWeights.of(PairwiseMatrix.of(ids, comparisons));

        assertThat(weights.weights()).satisfiesExactly(
                w -> assertThat(w).isCloseTo(8 / 15.0, within(1e-12)),
                w -> assertThat(w).isCloseTo(4 / 15.0, within(1e-12)),
                w -> assertThat(w).isCloseTo(2 / 15.0, within(1e-12)),
                w -> assertThat(w).isCloseTo(1 / 15.0, within(1e-12)));
        assertThat(weights.lambdaMax()).isCloseTo(4, within(1e-12));
        assertThat(weights.consistencyRatio()).isCloseTo(0, within(1e-12));
    }

    @Test
    void weighsTheLargestRealEigenvalueOfAMatrixWithComplexEigenvalues() {
        // A cyclic judgement (a > b > c > a) gives the matrix complex eigenvalues beside its real principal one.
        List<String> ids = List.of("a", "b", "c");
        PairwiseMatrix matrix = PairwiseMatrix.of(ids, List.of(new Comparison("a", "b", 3),
                new Comparison("b", "c", 3), new Comparison("c", "a", 3)));

        AhpWeights weights = AhpWeights.of(matrix);

        // By symmetry the weights are equal, and λmax = 1 + 3 + 1/3.
        assertThat(weights.weights()).allSatisfy(w -> assertThat(w).isCloseTo(1 / 3.0, within(1e-12)));
        assertThat(weights.lambdaMax()).isCloseTo(1 + 3 + 1 / 3.0, within(1e-9));
        assertThat(weights.consistencyRatio()).isCloseTo((1 / 3.0 + 3 - 2) / 2 / 0.58, within(1e-9));
    }

    @Test
    void countsOneOrTwoCriteriaAsConsistent() {
        AhpWeights one = AhpWeights.of(PairwiseMatrix.of(List.of("a"), List.of()));
        AhpWeights two = AhpWeights.of(PairwiseMatrix.of(List.of("a", "b"), List.of(new Comparison("b", "a", 3))));

        assertThat(one).isEqualTo(new AhpWeights(List.of(1.0), 1, 0, 0));
        assertThat(two.weights()).containsExactly(0.25, 0.75);
        assertThat(two.consistencyRatio()).isZero();
    }

    @Test
    void refusesAMatrixWithAPairNotCompared() {
        assertThatThrownBy(() -> PairwiseMatrix.of(List.of("a", "b", "c"), List.of(new Comparison("a", "b", 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
