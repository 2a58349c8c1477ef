package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.plan.generator.GeneratedPlan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;

/**
 * Over seeded random plans with every feature (dependencies with lag, windows, pins, exclusions, period and phase
 * budgets, capacities with overrides, split funding, opex), every roadmap the solver returns passes the independent
 * checker, and every {@code MUST} component is scheduled — the generator builds each plan so that they fit; and so
 * over plans where the solver chooses some components' funding.
 *
 * <p>{@link #generate} varies each setting with the seed modulo 2, 3, 4 or 5, so 60 consecutive seeds are one full
 * cycle: every combination of objective and pin share (seed mod 3), years or quarters, exclusions and headroom (mod 4)
 * and dependency density (mod 5) exactly once, with every size from 3 to 40 components and every calendar length.
 * The funding-choice seeds ({@code 1000 + 3k}) step by 3, so 20 of them are their cycle: every combination of the
 * mod 4 and mod 5 settings once.
 */
class RoadmapSolverPropertyTest {

    private static final int PLANS = 60;
    private static final int FUNDING_CHOICE_PLANS = 20;
    private static final long SCORE_CALCULATIONS = 2_000;
    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final Objective[] OBJECTIVES = Objective.values();
    /** Words of the English deferral reasons that a Vietnamese one never needs. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(starting|starts|finishes|breaks|budget|capacity|"
            + "deferred|but|and|of|cannot|rule|roadmap|predecessor|pinned|horizon|lag|periods|improve)\\b");

    static LongStream seeds() {
        return LongStream.range(0, PLANS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRoadmapPassesTheCheckerAndSchedulesEveryMustComponent(long seed) {
        assertPassesTheChecker(generate(seed, 0), seed);
    }

    /** The same with a third of the components paid from a funding option the solver chooses. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fundingChoiceSeeds")
    void everyRoadmapThatChoosesFundingPassesTheCheckerAndSchedulesEveryMustComponent(long seed) {
        assertPassesTheChecker(generate(seed, 1.0 / 3), seed);
    }

    static LongStream fundingChoiceSeeds() {
        return LongStream.range(0, FUNDING_CHOICE_PLANS).map(k -> 1_000 + 3 * k);
    }

    private static void assertPassesTheChecker(GeneratedPlan generated, long seed) {
        Plan plan = new PlanReader().read(generated.document());
        Objective objective = OBJECTIVES[(int) (seed % OBJECTIVES.length)];

        Roadmap roadmap = SOLVER.solve(plan, SolveOptions.ofScoreCalculations(objective, SCORE_CALCULATIONS));

        CheckReport report = new RoadmapChecker().check(plan, roadmap);
        assertThat(report.violations()).as("violations of a roadmap reported feasible=%s", roadmap.feasible())
                .isEmpty();
        assertThat(roadmap.feasible()).isTrue();
        assertThat(report.deferredMustComponentIds()).isEmpty();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo(report.objectiveValue());
        assertThat(roadmap.assignments()).filteredOn(a -> a.deferred())
                .allSatisfy(deferred -> assertThat(deferred.reasons()).isNotEmpty()
                        .allSatisfy(RoadmapSolverPropertyTest::assertVietnameseToo));
    }

    /** A reason's Vietnamese is its own sentence: not the English, and none of the English reasons' words in it. */
    private static void assertVietnameseToo(Text reason) {
        assertThat(reason.vietnamese()).as(reason.english()).isNotBlank().isNotEqualTo(reason.english());
        assertThat(ENGLISH.matcher(reason.vietnamese()).find()).as("English words in: " + reason.vietnamese())
                .isFalse();
    }

    /** Sizes from 3 to 40 components, years or quarters, every density varied with the seed. */
    static GeneratedPlan generate(long seed, double eligibleFundingShare) {
        int components = 3 + (int) (seed * 7 % 38);
        boolean quarters = seed % 4 == 3;
        int periods = quarters ? 8 + (int) (seed % 9) : 4 + (int) (seed % 7);
        GeneratorSettings settings = GeneratorSettings.builder()
                .components(components)
                .periods(quarters ? PeriodUnit.QUARTER : PeriodUnit.YEAR, periods)
                .dependencies(0.5 + (seed % 5) * 0.3, 0.3, 2)
                .pinShare(seed % 3 == 0 ? 0.3 : 0.1)
                .exclusionShare(seed % 2 == 0 ? 0.1 : 0.0)
                .capacityOverrideShare(0.3)
                .headroom(0.2 + (seed % 4) * 0.2)
                .eligibleFundingShare(eligibleFundingShare)
                .build();
        return new RandomPlanGenerator(settings).generate(seed);
    }
}
