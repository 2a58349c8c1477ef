package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class ComparisonCellTest {

    @Test
    void averagesTheObjectiveOfCompleteRunsOnly() {
        ComparisonCell cell = new ComparisonCell(List.of(complete(10), complete(11), incomplete(500)), 0);

        assertThat(cell.meanObjective()).isEqualByComparingTo("10.5");
    }

    @Test
    void ranksFewerIncompleteRunsAboveAHigherMean() {
        ComparisonCell allComplete = new ComparisonCell(List.of(complete(5), complete(5)), 0);
        ComparisonCell oneIncomplete = new ComparisonCell(List.of(complete(9), incomplete(9)), 0);

        assertThat(allComplete).isGreaterThan(oneIncomplete);
    }

    @Test
    void ranksHigherMeanAboveLowerWhenEquallyComplete() {
        // Under MIN_MAKESPAN the objective is the negated makespan: -48 beats -50.
        ComparisonCell shorter = new ComparisonCell(List.of(complete(-48)), 0);
        ComparisonCell longer = new ComparisonCell(List.of(complete(-50)), 0);

        assertThat(shorter).isGreaterThan(longer);
    }

    @Test
    void treatsEqualMeansOfDifferentRunsAsTied() {
        ComparisonCell steady = new ComparisonCell(List.of(complete(7), complete(7)), 0);
        ComparisonCell uneven = new ComparisonCell(List.of(complete(6), complete(8)), 0);

        assertThat(steady).isEqualByComparingTo(uneven);
    }

    @Test
    void hasNoMeanAndTiesWithAnyOtherCellWithoutACompleteRun() {
        ComparisonCell crashed = new ComparisonCell(List.of(ComparisonCell.Run.crashed("crash")), 0);
        ComparisonCell infeasible = new ComparisonCell(List.of(incomplete(1)), 0);

        assertThat(crashed.meanObjective()).isNull();
        assertThat(infeasible).isEqualByComparingTo(crashed);
    }

    private static ComparisonCell.Run complete(long objective) {
        return new ComparisonCell.Run(BigDecimal.valueOf(objective), true, HardMediumSoftLongScore.ZERO, null);
    }

    private static ComparisonCell.Run incomplete(long objective) {
        return new ComparisonCell.Run(BigDecimal.valueOf(objective), false, HardMediumSoftLongScore.ofHard(-1), null);
    }
}
