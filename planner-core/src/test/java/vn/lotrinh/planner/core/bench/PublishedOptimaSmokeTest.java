package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * A few benchmark instances with published optima, solved in seconds on every build: the full sets run only in the
 * benchmarks (tag {@code bench}). Each solve stops once it reaches the optimum, and its roadmap must pass the checker.
 */
class PublishedOptimaSmokeTest {

    private static final Path BENCHMARKS = TestFiles.find("shared/benchmarks");
    /** Score calculations per search; each of these optima is reached within a third of them. */
    private static final long SCORE_CALCULATIONS = 60_000;

    private final CheckedSolver solver = new CheckedSolver();

    @Test
    void solvesFirstPetersenProblemToItsPublishedOptimum() {
        OrLibraryReader.Instance first = new OrLibraryReader()
                .readMknap1Format(BENCHMARKS.resolve("orlib/mknap1.txt")).get(0);
        Plan plan = new PlanReader().read(first.plan());

        CheckedSolver.Outcome outcome = solve(plan, Objective.MAX_VALUE, first.publishedOptimum());

        assertThat(outcome.objectiveValue()).isEqualByComparingTo("3800");
    }

    @Test
    void solvesExamplePlanToItsValueOverTimeOptimum() {
        CheckedSolver.Outcome outcome = solve(TestFiles.examplePlan(), Objective.VALUE_OVER_TIME, new BigDecimal(880));

        assertThat(outcome.objectiveValue()).isEqualByComparingTo("880");
    }

    @Test
    void solvesExamplePlanToItsMaxValueOptimum() {
        CheckedSolver.Outcome outcome = solve(TestFiles.examplePlan(), Objective.MAX_VALUE, new BigDecimal(350));

        assertThat(outcome.objectiveValue()).isEqualByComparingTo("350");
    }

    @Test
    void schedulesFirstJ30ProjectWithinFivePercentOfItsOptimalMakespan() {
        Plan plan = new PlanReader().read(new PsplibReader().read(BENCHMARKS.resolve("psplib/j30/j301_1.sm")));

        CheckedSolver.Outcome outcome = solve(plan, Objective.MIN_MAKESPAN, new BigDecimal(-43));

        // The published optimum is 43; 5 % above it is 45.15.
        assertThat(outcome.deferredMust()).isEmpty();
        assertThat(outcome.objectiveValue().negate()).isLessThanOrEqualTo(new BigDecimal(45));
    }

    private CheckedSolver.Outcome solve(Plan plan, Objective objective, BigDecimal optimum) {
        CheckedSolver.Outcome outcome = solver.solve(plan, SolveOptions.ofScoreCalculations(objective, SCORE_CALCULATIONS),
                optimum);
        assertThat(outcome.discrepancies()).as("what the checker disputes").isEmpty();
        return outcome;
    }
}
