package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.search.ActivityListMoveFactory;
import vn.lotrinh.planner.core.solver.search.InsertAndRepairMoveFactory;

class SolverConfigsTest {

    private final Plan example = TestFiles.examplePlan();

    /** The example's values are 45, 50, 60, 65, 70, 80 and 90, all whole: a value scale of 1. */
    private static final long EXAMPLE_MEDIAN_VALUE = 65;

    @Test
    void temperatureUnderValueOverTimeIsTheMedianComponentValueForOnePeriod() {
        RoadmapSolution problem = RoadmapProblemFactory.solution(example, Objective.VALUE_OVER_TIME);

        assertThat(SolverConfigs.softTemperature(problem, 0)).isEqualTo(EXAMPLE_MEDIAN_VALUE);
        assertThat(SolverConfigs.softTemperature(problem, 1)).isEqualTo(EXAMPLE_MEDIAN_VALUE);
    }

    @Test
    void underMaxValueEvenSearchesAnnealFromAFifthOfTheMedianValueAndOddOnesFromTheMedianValue() {
        RoadmapSolution problem = RoadmapProblemFactory.solution(example, Objective.MAX_VALUE);

        assertThat(SolverConfigs.softTemperature(problem, 0)).isEqualTo(EXAMPLE_MEDIAN_VALUE / 5);
        assertThat(SolverConfigs.softTemperature(problem, 1)).isEqualTo(EXAMPLE_MEDIAN_VALUE);
        assertThat(SolverConfigs.softTemperature(problem, 2)).isEqualTo(EXAMPLE_MEDIAN_VALUE / 5);
    }

    @Test
    void temperatureUnderMinMakespanIsOnePeriodOfMakespan() {
        RoadmapSolution problem = RoadmapProblemFactory.solution(example, Objective.MIN_MAKESPAN);

        assertThat(SolverConfigs.softTemperature(problem, 1))
                .isEqualTo(problem.getConstraintConfiguration().getMakespan().softScore())
                .isPositive();
    }

    @Test
    void acceptorIsSimulatedAnnealingThatNeverTradesAHardOrMediumLoss() {
        RoadmapSolution problem = RoadmapProblemFactory.solution(example, Objective.MAX_VALUE);

        assertThat(SolverConfigs.acceptor(problem, 1).getSimulatedAnnealingStartingTemperature())
                .isEqualTo("0hard/0medium/" + SolverConfigs.softTemperature(problem, 1) + "soft");
    }

    @Test
    void activityListMovesAreWeightedOnlyUnderMinMakespan() {
        assertThat(weights(Objective.MIN_MAKESPAN)).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0,
                SolverConfigs.ACTIVITY_LIST_WEIGHT_FOR_MAKESPAN);
        assertThat(weights(Objective.VALUE_OVER_TIME)).containsOnlyNulls();
    }

    @Test
    void limitsBoundTheLocalSearchNotTheConstruction() {
        SolveOptions options = SolveOptions.of(Objective.MAX_VALUE, Duration.ofSeconds(4));
        SolverConfig config = SolverConfigs.forProblem(
                RoadmapProblemFactory.solution(example, Objective.MAX_VALUE), options, 7);

        assertThat(config.getTerminationConfig()).isNull();
        assertThat(SolverConfigs.localSearch(config).getTerminationConfig().getSpentLimit())
                .isEqualTo(Duration.ofSeconds(4));
        assertThat(config.getRandomSeed()).isEqualTo(7L);
    }

    @Test
    void underMaxValueOnlyTheHotSearchesEvictInInsertAndRepair() {
        assertThat(insertAndRepairProperties(Objective.MAX_VALUE, 0)).isNull();
        assertThat(insertAndRepairProperties(Objective.MAX_VALUE, 1)).containsExactly(Map.entry("evicting", "true"));
        assertThat(insertAndRepairProperties(Objective.VALUE_OVER_TIME, 1)).isNull();
    }

    private Map<String, String> insertAndRepairProperties(Objective objective, int search) {
        SolverConfig config = SolverConfigs.forProblem(RoadmapProblemFactory.solution(example, objective),
                SolveOptions.of(objective, Duration.ofSeconds(1)), search);
        return ((UnionMoveSelectorConfig) SolverConfigs.localSearch(config).getMoveSelectorConfig())
                .getMoveSelectorList().stream()
                .filter(moves -> moves instanceof MoveIteratorFactoryConfig factory
                        && factory.getMoveIteratorFactoryClass() == InsertAndRepairMoveFactory.class)
                .map(MoveIteratorFactoryConfig.class::cast)
                .findFirst().orElseThrow().getMoveIteratorFactoryCustomProperties();
    }

    private List<Double> weights(Objective objective) {
        SolverConfig config = SolverConfigs.forProblem(RoadmapProblemFactory.solution(example, objective),
                SolveOptions.of(objective, Duration.ofSeconds(1)), 0);
        List<MoveSelectorConfig> moves =
                ((UnionMoveSelectorConfig) SolverConfigs.localSearch(config).getMoveSelectorConfig())
                        .getMoveSelectorList();
        assertThat(moves.get(moves.size() - 1)).isInstanceOfSatisfying(MoveIteratorFactoryConfig.class,
                factory -> assertThat(factory.getMoveIteratorFactoryClass()).isEqualTo(ActivityListMoveFactory.class));
        return moves.stream().map(MoveSelectorConfig::getFixedProbabilityWeight).toList();
    }
}
