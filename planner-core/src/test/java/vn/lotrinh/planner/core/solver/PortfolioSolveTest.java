package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.bench.PsplibReader;
import vn.lotrinh.planner.core.exact.CheckedReference;
import vn.lotrinh.planner.core.exact.CpSatReference;
import vn.lotrinh.planner.core.exact.ExactResult;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Optimality;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.exact.ExactSearch;
import vn.lotrinh.planner.core.solver.exact.ExactSettings;

/**
 * The portfolio solve: CP-SAT beside the OptaPlanner searches. Every limit is deterministic: the OptaPlanner searches
 * by score calculations, CP-SAT by its deterministic time with two workers and its fixed seed.
 */
class PortfolioSolveTest {

    private static final long SCORE_CALCULATIONS = 20_000;
    private static final double DETERMINISTIC_SECONDS = 30;
    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final RoadmapChecker CHECKER = new RoadmapChecker();

    private static SolveOptions portfolio(Objective objective) {
        return SolveOptions.ofScoreCalculations(objective, SCORE_CALCULATIONS).withEngine(Engine.AUTO)
                .withExact(ExactSettings.defaults().withDeterministicTimeLimit(DETERMINISTIC_SECONDS));
    }

    @Test
    void provesTheSamplePlanOptimalUnderValueOverTime() {
        Plan sample = new PlanReader().read(TestFiles.read("data/vinh-phuc-egov-2.0.json"));

        Roadmap roadmap = SOLVER.solve(sample, portfolio(Objective.VALUE_OVER_TIME));

        assertPassesTheChecker(sample, roadmap);
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo("7686");
        assertThat(roadmap.optimality().status()).isEqualTo(Optimality.Status.OPTIMAL);
        assertThat(roadmap.optimality().bound()).isEqualByComparingTo("7686");
        assertThat(roadmap.optimality().gap()).isEqualByComparingTo("0");
        assertThat(roadmap.optimality().provenAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Objective.class)
    void provesTheExamplePlanOptimalUnderEveryObjective(Objective objective) {
        Plan example = TestFiles.examplePlan();
        ExactResult reference = CheckedReference.solve(example, objective, Duration.ofMinutes(1));

        Roadmap roadmap = SOLVER.solve(example, portfolio(objective));

        assertPassesTheChecker(example, roadmap);
        assertThat(reference.optimal()).isTrue();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo(reference.objectiveValue());
        assertThat(roadmap.optimality().status()).isEqualTo(Optimality.Status.OPTIMAL);
    }

    static LongStream generatedSeeds() {
        return LongStream.rangeClosed(1, 12);
    }

    /** Generated plans of 15 to 40 components: the portfolio's roadmap is CpSatReference's proven optimum. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("generatedSeeds")
    void reachesTheReferenceOptimumOfGeneratedPlans(long seed) {
        Objective objective = seed % 3 == 0 ? Objective.MIN_MAKESPAN
                : seed % 3 == 1 ? Objective.VALUE_OVER_TIME : Objective.MAX_VALUE;
        Plan plan = generated(seed, 15 + (int) (seed * 5 % 26));
        ExactResult reference = new CpSatReference(DETERMINISTIC_SECONDS).solve(plan, objective,
                Duration.ofMinutes(5));

        Roadmap roadmap = SOLVER.solve(plan, portfolio(objective));

        assertPassesTheChecker(plan, roadmap);
        assertThat(reference.optimal()).as("the reference proves the optimum").isTrue();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo(reference.objectiveValue());
        assertThat(roadmap.optimality().status()).isEqualTo(Optimality.Status.OPTIMAL);
        assertThat(roadmap.optimality().bound()).isEqualByComparingTo(reference.objectiveValue());
    }

    static LongStream withoutBudgetsSeeds() {
        return LongStream.rangeClosed(1, 6);
    }

    /**
     * Makespans of generated plans without budgets (windows, pins, lags, exclusions and a capacity kept): the exact
     * search states them by intervals alone, one choice per component, and proves CpSatReference's time-indexed
     * optimum.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("withoutBudgetsSeeds")
    void provesTheMakespanOfPlansWithoutBudgetsByIntervalsAlone(long seed) {
        int components = 20 + (int) (seed * 7 % 21);
        GeneratorSettings settings = GeneratorSettings.builder().components(components)
                .periods(PeriodUnit.YEAR, 8 + (int) (seed % 4)).budgetShares(0, 0).build();
        Plan plan = new PlanReader().read(new RandomPlanGenerator(settings).generate(seed).document());
        ExactResult reference = new CpSatReference(DETERMINISTIC_SECONDS).solve(plan, Objective.MIN_MAKESPAN,
                Duration.ofMinutes(5));

        Roadmap roadmap = SOLVER.solve(plan, portfolio(Objective.MIN_MAKESPAN).withEngine(Engine.EXACT));

        assertThat(ExactSearch.modelSize(RoadmapProblemFactory.create(plan, Objective.MIN_MAKESPAN)))
                .isEqualTo(components);
        assertPassesTheChecker(plan, roadmap);
        assertThat(reference.optimal()).as("the reference proves the optimum").isTrue();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo(reference.objectiveValue());
        assertThat(roadmap.optimality().status()).isEqualTo(Optimality.Status.OPTIMAL);
    }

    /** PSPLIB j30 #1 (optimum 43), whose time-indexed model has 4,189 start choices: by intervals, one per job. */
    @Test
    void provesAPsplibMakespanByIntervals() {
        Plan plan = new PlanReader().read(new PsplibReader().read(
                TestFiles.find("shared/benchmarks/psplib").resolve("j30/j301_1.sm")));

        Roadmap roadmap = SOLVER.solve(plan, portfolio(Objective.MIN_MAKESPAN));

        assertThat(ExactSearch.modelSize(RoadmapProblemFactory.create(plan, Objective.MIN_MAKESPAN)))
                .isEqualTo(plan.components().size());
        assertPassesTheChecker(plan, roadmap);
        assertThat(roadmap.objectiveValue()).as("−makespan").isEqualByComparingTo("-43");
        assertThat(roadmap.optimality().isOptimal()).isTrue();
    }

    static LongStream propertySeeds() {
        return LongStream.range(0, 45);
    }

    static LongStream fundingChoiceSeeds() {
        return LongStream.range(0, 15).map(k -> 1_000 + 3 * k);
    }

    /**
     * Over the property test's seeded random plans with every feature, whatever the portfolio returns passes the
     * checker, and what it says of the roadmap's optimality holds against the bound: never a gap below zero.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("propertySeeds")
    void everyPortfolioRoadmapPassesTheChecker(long seed) {
        assertPortfolioPassesTheChecker(new PlanReader().read(RoadmapSolverPropertyTest.generate(seed, 0).document()),
                seed);
    }

    /** The same over plans where a third of the components choose their funding: the exact model chooses too. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fundingChoiceSeeds")
    void everyPortfolioRoadmapThatChoosesFundingPassesTheChecker(long seed) {
        assertPortfolioPassesTheChecker(
                new PlanReader().read(RoadmapSolverPropertyTest.generate(seed, 1.0 / 3).document()), seed);
    }

    private static void assertPortfolioPassesTheChecker(Plan plan, long seed) {
        Objective objective = Objective.values()[(int) (seed % Objective.values().length)];
        SolveOptions options = SolveOptions.ofScoreCalculations(objective, 2_000).withEngine(Engine.AUTO)
                .withExact(ExactSettings.defaults().withDeterministicTimeLimit(2));

        Roadmap roadmap = SOLVER.solve(plan, options);

        assertPassesTheChecker(plan, roadmap);
        Optimality optimality = roadmap.optimality();
        if (optimality.status() != Optimality.Status.UNKNOWN) {
            assertThat(optimality.bound()).isGreaterThanOrEqualTo(roadmap.objectiveValue());
            assertThat(optimality.gap()).isNotNegative();
        }
    }

    @Test
    void saysUnknownAndWhyForAPlanAboveTheModelSizeLimit() {
        Plan example = TestFiles.examplePlan();
        SolveOptions options = portfolio(Objective.VALUE_OVER_TIME)
                .withExact(ExactSettings.defaults().withMaxModelSize(5).withDeterministicTimeLimit(1));

        Roadmap roadmap = SOLVER.solve(example, options);

        assertPassesTheChecker(example, roadmap);
        assertThat(roadmap.optimality().status()).isEqualTo(Optimality.Status.UNKNOWN);
        assertThat(roadmap.optimality().bound()).isNull();
        assertThat(roadmap.optimality().reason().english()).contains("too big").contains("limit of 5");
        assertThat(roadmap.optimality().reason().vietnamese()).contains("quá lớn").contains("giới hạn 5");
    }

    @Test
    void saysUnknownWhenOnlyTheHeuristicRuns() {
        Plan example = TestFiles.examplePlan();

        Roadmap roadmap = SOLVER.solve(example,
                SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, SCORE_CALCULATIONS));

        assertThat(roadmap.optimality().status()).isEqualTo(Optimality.Status.UNKNOWN);
        assertThat(roadmap.optimality().reason()).isEqualTo(RoadmapSolver.HEURISTIC_ONLY);
    }

    @Test
    void theExactEngineAloneProvesTheExamplePlan() {
        Plan example = TestFiles.examplePlan();

        Roadmap roadmap = SOLVER.solve(example, portfolio(Objective.VALUE_OVER_TIME).withEngine(Engine.EXACT));

        assertPassesTheChecker(example, roadmap);
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo("880");
        assertThat(roadmap.optimality().isOptimal()).isTrue();
    }

    /**
     * A plan CP-SAT does not prove for many seconds (200 components, 12 years, tight budgets: a gap of 12 % after
     * 10 s): terminateEarly ends both engines, so the solve returns long before its 10-minute limits, with a roadmap
     * that keeps every rule and a bound that is no proof.
     */
    @Test
    void terminateEarlyStopsBothEngines() throws Exception {
        GeneratorSettings settings = GeneratorSettings.builder().components(200).periods(PeriodUnit.YEAR, 12)
                .headroom(0.1).build();
        Plan plan = new PlanReader().read(new RandomPlanGenerator(settings).generate(7).document());
        SolveOptions options = new SolveOptions(Objective.VALUE_OVER_TIME, Duration.ofMinutes(10),
                Duration.ofMinutes(10), 2);
        CountDownLatch improved = new CountDownLatch(1);
        SolveRun run = SOLVER.prepare(plan, options, roadmap -> improved.countDown());

        CompletableFuture<Roadmap> solve = CompletableFuture.supplyAsync(run::solve);
        assertThat(improved.await(5, TimeUnit.MINUTES)).as("a roadmap was published").isTrue();
        run.terminateEarly();
        Roadmap roadmap = solve.get(5, TimeUnit.MINUTES);

        assertPassesTheChecker(plan, roadmap);
        assertThat(roadmap.optimality().status()).isNotEqualTo(Optimality.Status.OPTIMAL);
    }

    /** A solve with an hour's limit returns as soon as the optimum is proven, every search stopped with it. */
    @Test
    void aProvenSolveEndsLongBeforeItsTimeLimit() throws Exception {
        Plan example = TestFiles.examplePlan();
        SolveOptions options = SolveOptions.of(Objective.VALUE_OVER_TIME, Duration.ofHours(1));

        Roadmap roadmap = CompletableFuture.supplyAsync(() -> SOLVER.solve(example, options)).get(5, TimeUnit.MINUTES);

        assertPassesTheChecker(example, roadmap);
        assertThat(roadmap.optimality().isOptimal()).isTrue();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo("880");
    }

    private static Plan generated(long seed, int components) {
        GeneratorSettings settings = GeneratorSettings.builder()
                .components(components)
                .periods(PeriodUnit.YEAR, 6 + (int) (seed % 5))
                .build();
        return new PlanReader().read(new RandomPlanGenerator(settings).generate(seed).document());
    }

    private static void assertPassesTheChecker(Plan plan, Roadmap roadmap) {
        CheckReport report = CHECKER.check(plan, roadmap);
        assertThat(report.violations()).isEmpty();
        assertThat(roadmap.feasible()).isTrue();
        assertThat(report.deferredMustComponentIds()).isEmpty();
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo(report.objectiveValue());
    }
}
