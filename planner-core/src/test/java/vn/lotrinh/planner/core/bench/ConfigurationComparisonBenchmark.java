package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.optaplanner.benchmark.api.PlannerBenchmark;
import org.optaplanner.benchmark.api.PlannerBenchmarkException;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.ranking.SolverRankingType;
import org.optaplanner.benchmark.config.report.BenchmarkReportConfig;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.PlannerBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SingleBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SolverBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SubSingleBenchmarkResult;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Compares local-search configurations ({@link LocalSearchConfiguration#all()}) with OptaPlanner's benchmarker on
 * knapsacks, schedules and generated plans ({@link ComparisonProblem}). The benchmarker runs every configuration on
 * every problem and writes its HTML report under {@code planner-core/target/benchmarks}; every best roadmap is then
 * judged by the {@link RoadmapChecker}, and section {@code configurations} of {@code docs/benchmarks.md} is written
 * from the results ({@link ConfigurationComparisonReport}).
 *
 * <p>Properties: {@code bench.timeLimitSeconds} of local search per solve (5), {@code bench.runs} per configuration
 * and problem, each with its own random seed (3), {@code bench.parallel} solves side by side (2),
 * {@code bench.warmUpSeconds} (10), {@code bench.problems} (comma-separated names, by default the twelve of
 * {@link ComparisonProblem#DEFAULT_NAMES}).
 */
@Tag("bench")
class ConfigurationComparisonBenchmark {

    /** Relative to the module: Maven runs the tests in {@code planner-core}. */
    private static final Path BENCHMARK_DIRECTORY = Path.of("target", "benchmarks");

    private final RoadmapChecker checker = new RoadmapChecker();

    @Test
    void comparesLocalSearchConfigurationsWithTheBenchmarker() {
        BenchmarkReport report = BenchmarkReport.start(getClass());
        Duration timeLimit = BenchProperties.seconds("timeLimitSeconds", Duration.ofSeconds(5));
        int runs = BenchProperties.integer("runs", 3);
        int parallel = BenchProperties.integer("parallel", 2);
        long warmUpSeconds = BenchProperties.integer("warmUpSeconds", 10);
        List<LocalSearchConfiguration> configurations = LocalSearchConfiguration.all();
        Path problemDirectory = BENCHMARK_DIRECTORY.resolve("problems");
        List<LoadedProblem> problems = BenchProperties.strings("problems", ComparisonProblem.DEFAULT_NAMES).stream()
                .map(ComparisonProblem::parse)
                .map(problem -> LoadedProblem.load(problem, problemDirectory))
                .toList();

        Map<String, LocalSearchConfiguration> bySolverBenchmark = new LinkedHashMap<>();
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("Local-search configurations")
                .withBenchmarkDirectory(BENCHMARK_DIRECTORY.toFile())
                .withParallelBenchmarkCount(Integer.toString(parallel))
                .withWarmUpSecondsSpentLimit(warmUpSeconds)
                // The problems' scores are on different scales: rank solvers by their ranks, not by summed scores.
                .withBenchmarkReportConfig(new BenchmarkReportConfig()
                        .withSolverRankingType(SolverRankingType.TOTAL_RANKING))
                .withSolverBenchmarkConfigList(
                        solverBenchmarks(configurations, problems, timeLimit, runs, bySolverBenchmark));
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark();
        String benchmarkFailure = null;
        try {
            benchmark.benchmark();
        } catch (PlannerBenchmarkException e) {
            // The solves that did not fail have their results; the failed ones are listed by the report.
            benchmarkFailure = e.getMessage();
        }
        PlannerBenchmarkResult result = ((DefaultPlannerBenchmark) benchmark).getPlannerBenchmarkResult();

        ConfigurationComparisonReport comparison = new ConfigurationComparisonReport(configurations, problems,
                collect(result, problems, configurations, bySolverBenchmark));
        report.write("configurations", "Local-search configurations compared with the OptaPlanner benchmarker (issue 5)",
                comparison.body(new ConfigurationComparisonReport.Settings(timeLimit, runs, parallel, warmUpSeconds,
                        BENCHMARK_DIRECTORY.resolve(result.getBenchmarkReportDirectory().getName()))));
        assertThat(comparison.disputes()).as("solves the checker disputes, crashes, missing results").isEmpty();
        assertThat(benchmarkFailure).as("the benchmarker's verdict").isNull();
    }

    /**
     * One solver benchmark per configuration over every problem; a configuration whose acceptor depends on the problem
     * (simulated annealing) gets one solver benchmark per problem instead, named after both. Fills
     * {@code bySolverBenchmark} with the configuration of each solver benchmark name.
     */
    private static List<SolverBenchmarkConfig> solverBenchmarks(List<LocalSearchConfiguration> configurations,
            List<LoadedProblem> problems, Duration timeLimit, int runs,
            Map<String, LocalSearchConfiguration> bySolverBenchmark) {
        List<RoadmapSolution> solutions = problems.stream().map(LoadedProblem::solution).toList();
        List<SolverBenchmarkConfig> solverBenchmarks = new ArrayList<>();
        for (LocalSearchConfiguration configuration : configurations) {
            if (configuration.dependsOnProblem(solutions)) {
                for (LoadedProblem problem : problems) {
                    String name = configuration.name() + " " + problem.problem().fileName();
                    solverBenchmarks.add(solverBenchmark(name, configuration, problem.solution(), List.of(problem),
                            timeLimit, runs));
                    bySolverBenchmark.put(name, configuration);
                }
            } else {
                solverBenchmarks.add(solverBenchmark(configuration.name(), configuration, solutions.get(0), problems,
                        timeLimit, runs));
                bySolverBenchmark.put(configuration.name(), configuration);
            }
        }
        return solverBenchmarks;
    }

    private static SolverBenchmarkConfig solverBenchmark(String name, LocalSearchConfiguration configuration,
            RoadmapSolution acceptorProblem, List<LoadedProblem> problems, Duration timeLimit, int runs) {
        return new SolverBenchmarkConfig()
                .withName(name)
                .withSolverConfig(configuration.solverConfig(acceptorProblem, timeLimit))
                .withSubSingleCount(runs)
                .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                        .withSolutionFileIOClass(ComparisonProblemFileIO.class)
                        .withWriteOutputSolutionEnabled(true)
                        .withInputSolutionFileList(problems.stream().map(LoadedProblem::file).toList()));
    }

    /** Every run's best roadmap, judged by the checker, by problem and then configuration. */
    private ComparisonCell[][] collect(PlannerBenchmarkResult result, List<LoadedProblem> problems,
            List<LocalSearchConfiguration> configurations, Map<String, LocalSearchConfiguration> bySolverBenchmark) {
        ComparisonCell[][] cells = new ComparisonCell[problems.size()][configurations.size()];
        for (SolverBenchmarkResult solverBenchmark : result.getSolverBenchmarkResultList()) {
            int c = configurations.indexOf(bySolverBenchmark.get(solverBenchmark.getName()));
            for (SingleBenchmarkResult single : solverBenchmark.getSingleBenchmarkResultList()) {
                String problemName = single.getProblemBenchmarkResult().getName();
                int p = IntStream.range(0, problems.size())
                        .filter(i -> problems.get(i).problem().fileName().equals(problemName))
                        .findFirst()
                        .orElseThrow();
                List<ComparisonCell.Run> runs = single.getSubSingleBenchmarkResultList().stream()
                        .map(sub -> judge(problems.get(p), sub))
                        .toList();
                Long speed = single.getScoreCalculationSpeed();
                cells[p][c] = new ComparisonCell(runs, speed == null ? 0 : speed);
            }
        }
        return cells;
    }

    private ComparisonCell.Run judge(LoadedProblem problem, SubSingleBenchmarkResult sub) {
        if (!Boolean.TRUE.equals(sub.getSucceeded())) {
            return ComparisonCell.Run.crashed("crashed (see the benchmarker's log and report)");
        }
        HardMediumSoftLongScore score = (HardMediumSoftLongScore) sub.getScore();
        File starts = new File(sub.getResultDirectory(),
                problem.problem().fileName() + "." + ComparisonProblemFileIO.STARTS_EXTENSION);
        CheckReport check = checker.check(problem.plan(), ComparisonProblemFileIO.readStarts(starts),
                problem.problem().objective());
        String dispute = null;
        if (check.feasible() != (score.hardScore() == 0)) {
            dispute = "score " + score + ", the checker finds " + check.violations().size() + " broken hard rules";
        } else if (check.deferredMustComponentIds().isEmpty() != (score.mediumScore() == 0)) {
            dispute = "score " + score + ", the checker finds " + check.deferredMustComponentIds().size()
                    + " MUST components deferred";
        }
        boolean complete = check.feasible() && check.deferredMustComponentIds().isEmpty();
        return new ComparisonCell.Run(check.objectiveValue(), complete, score, dispute);
    }
}
