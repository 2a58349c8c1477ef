package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationRankingTest {

    @Test
    void ranksGreaterResultsFirstAndTiesShareTheMeanOfTheirRanks() {
        assertThat(ConfigurationRanking.ranks(List.of(5, 7, 7, 3))).containsExactly(3, 1.5, 1.5, 4);
    }

    @Test
    void ranksThreeWayTieAtTheBottomAtTheMiddleOfTheirRanks() {
        assertThat(ConfigurationRanking.ranks(List.of(1, 9, 1, 1))).containsExactly(3, 1, 3, 3);
    }

    @Test
    void countsProblemsWhereNoConfigurationDidBetterTiesIncluded() {
        ConfigurationRanking<Integer> ranking = new ConfigurationRanking<>(3, List.of(
                List.of(10, 10, 8),
                List.of(4, 6, 5),
                List.of(2, 2, 2)));

        assertThat(List.of(ranking.bestOrTiedBestCount(0), ranking.bestOrTiedBestCount(1),
                ranking.bestOrTiedBestCount(2))).containsExactly(2, 3, 1);
    }

    @Test
    void averagesEachConfigurationsRanksOverTheProblems() {
        ConfigurationRanking<Integer> ranking = new ConfigurationRanking<>(3, List.of(
                List.of(10, 10, 8),
                List.of(4, 6, 5)));

        // Configuration 0: ranks 1.5 and 3; configuration 1: 1.5 and 1; configuration 2: 3 and 2.
        assertThat(List.of(ranking.averageRank(0), ranking.averageRank(1), ranking.averageRank(2)))
                .containsExactly(2.25, 1.25, 2.5);
        assertThat(ranking.bestByAverageRank()).isEqualTo(1);
    }

    @Test
    void prefersTheConfigurationListedFirstOnEqualAverageRanks() {
        ConfigurationRanking<Integer> ranking = new ConfigurationRanking<>(2, List.of(List.of(1, 2), List.of(2, 1)));

        assertThat(ranking.bestByAverageRank()).isZero();
    }

    @Test
    void countsWinsTiesAndLossesOfOneConfigurationAgainstAnother() {
        ConfigurationRanking<Integer> ranking = new ConfigurationRanking<>(2, List.of(
                List.of(3, 1), List.of(3, 3), List.of(0, 5), List.of(7, 2)));

        assertThat(ranking.headToHead(0, 1)).isEqualTo(new ConfigurationRanking.HeadToHead(2, 1, 1));
    }

    @Test
    void rejectsProblemWithoutOneResultPerConfiguration() {
        assertThatThrownBy(() -> new ConfigurationRanking<>(3, List.of(List.of(1, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 3 results per problem, got 2");
    }
}
