package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Runs the whole solver configuration under {@code FULL_ASSERT} for a few thousand score calculations: every move's score is checked
 * against a score calculated from scratch, and every undo move against the state before the move. This catches
 * moves that change entities the score director was not told about, or a solution clone that shares entities.
 */
class SolverAssertionTest {

    /** Under FULL_ASSERT every move is scored twice from scratch: enough moves of every kind, in about a second. */
    private static final long SCORE_CALCULATIONS = 2_000;

    @ParameterizedTest
    @EnumSource(Objective.class)
    void everyMoveKeepsTheIncrementalScoreCorrect(Objective objective) {
        Plan plan = new PlanReader().read(new RandomPlanGenerator(GeneratorSettings.builder()
                .components(25).periods(PeriodUnit.YEAR, 6).build()).generate(7).document());
        RoadmapSolution problem = RoadmapProblemFactory.solution(plan, objective);
        SolverConfig config = SolverConfigs.forProblem(problem,
                        SolveOptions.ofScoreCalculations(objective, SCORE_CALCULATIONS), 0)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);

        RoadmapSolution best = SolverFactory.<RoadmapSolution>create(config).buildSolver().solve(problem);

        assertThat(best.getScore().isFeasible()).isTrue();
    }
}
