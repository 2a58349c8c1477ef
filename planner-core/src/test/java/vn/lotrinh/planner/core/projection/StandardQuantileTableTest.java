package vn.lotrinh.planner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.EstimateDistribution;

class StandardQuantileTableTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /** Largest gap to the exact quantile over scores in [−6, 6] (probabilities 1e-9 … 1 − 1e-9). */
    private static double maxError(StandardQuantileTable table, RealDistribution exact) {
        double max = 0;
        for (int i = 0; i <= 12_000; i++) {
            double z = -6 + i * 0.001;
            double expected = z <= 0
                    ? exact.inverseCumulativeProbability(NORMAL.cumulativeProbability(z))
                    : exact.inverseCumulativeProbability(1 - NORMAL.cumulativeProbability(-z));
            max = Math.max(max, Math.abs(table.at(z) - expected));
        }
        return max;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.013, 0.25, 0.4, 0.5, 0.6180339887, 0.9, 1.0})
    void pertTableAgreesWithCommonsMathBetaQuantiles(double mode) {
        BetaDistribution exact = new BetaDistribution(null, 1 + 4 * mode, 1 + 4 * (1 - mode), 1e-13);

        assertThat(maxError(StandardQuantileTable.of(EstimateDistribution.PERT, mode), exact)).isLessThan(1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.013, 0.25, 0.5, 0.6180339887, 1.0})
    void triangularTableAgreesWithCommonsMathTriangularQuantiles(double mode) {
        TriangularDistribution exact = new TriangularDistribution(0, mode, 1);

        assertThat(maxError(StandardQuantileTable.of(EstimateDistribution.TRIANGULAR, mode), exact)).isLessThan(1e-6);
    }

    @Test
    void scoresBeyondTheTableTakeTheEndValues() {
        StandardQuantileTable table = StandardQuantileTable.of(EstimateDistribution.PERT, 0.5);

        assertThat(table.at(-40)).isEqualTo(table.at(-NormalScoreKnots.Z_LIMIT));
        assertThat(table.at(40)).isEqualTo(table.at(NormalScoreKnots.Z_LIMIT));
    }

    @Test
    void refusesModeOutsideTheRange() {
        assertThatThrownBy(() -> StandardQuantileTable.of(EstimateDistribution.PERT, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
