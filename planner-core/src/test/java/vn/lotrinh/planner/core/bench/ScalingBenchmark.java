package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * How the solver scales: generated plans of 100 to 20,000 components over 60 or 120 months, each solved under
 * {@code VALUE_OVER_TIME} once per time limit, without progress reports (which would assemble whole roadmaps on the
 * solving thread). Measures the time to the first feasible roadmap (the greedy construction's end, when its roadmap
 * is feasible), the objective at each limit, local search's score calculations per second and the heap. Writes
 * section {@code scaling} of {@code docs/benchmarks.md}.
 *
 * <p>Properties: {@code bench.sizes} in components (100,1000,5000,20000), {@code bench.timeLimitsSeconds} (10,60; 10
 * alone for a quick run), {@code bench.searchThreads} (as the service).
 */
@Tag("bench")
class ScalingBenchmark {

    private static final long SEED = 2024;
    private static final int LARGE_PLAN_COMPONENTS = 5_000;
    private static final int MAX_DURATION_MONTHS = 18;
    private static final int PHASES = 5;

    private final CheckedSolver solver = new CheckedSolver();

    /** One solve of one plan at one time limit. */
    private record Run(int components, int periods, double generatedSeconds, SolveOptions options,
            CheckedSolver.Outcome outcome, Optional<SolverPhaseLog.Construction> construction,
            Optional<Long> scoreCalculationsPerSecond, long peakHeapBytes, long peakHeapAfterGcBytes) {
    }

    @Test
    void measuresTimeToFeasibleObjectiveSpeedAndHeapBySize() {
        BenchmarkReport report = BenchmarkReport.start(getClass());
        List<Integer> sizes = BenchProperties.integers("sizes", List.of(100, 1_000, 5_000, 20_000));
        List<Integer> limits = BenchProperties.integers("timeLimitsSeconds", List.of(10, 60));

        List<Run> runs = new ArrayList<>();
        for (int size : sizes) {
            int periods = size < LARGE_PLAN_COMPONENTS ? 60 : 120;
            long startNanos = System.nanoTime();
            Plan plan = new PlanReader()
                    .read(new RandomPlanGenerator(settings(size, periods)).generate(SEED).document());
            double generatedSeconds = (System.nanoTime() - startNanos) / 1e9;
            for (int limit : limits) {
                runs.add(solve(plan, size, periods, generatedSeconds,
                        CheckedSolver.options(Objective.VALUE_OVER_TIME, Duration.ofSeconds(limit))));
            }
        }

        report.write("scaling", "Scaling on generated plans (issue 5)", body(runs));
        assertThat(runs).as("solves the checker disputes, or crashes")
                .noneMatch(run -> run.outcome().failed());
    }

    /** The generator's defaults at this size, over monthly periods, with e-Government programme durations. */
    static GeneratorSettings settings(int components, int periods) {
        return GeneratorSettings.builder()
                .components(components)
                .periods(PeriodUnit.MONTH, periods)
                .phases(PHASES)
                .maxDurationPeriods(MAX_DURATION_MONTHS)
                .build();
    }

    private Run solve(Plan plan, int components, int periods, double generatedSeconds, SolveOptions options) {
        System.gc();
        try (SolverPhaseLog log = SolverPhaseLog.open()) {
            HeapSampler heap = HeapSampler.start();
            CheckedSolver.Outcome outcome;
            try {
                outcome = solver.solveWithoutReports(plan, options);
            } finally {
                heap.close();
            }
            return new Run(components, periods, generatedSeconds, options, outcome, log.construction(),
                    log.localSearchScoreCalculationsPerSecond(), heap.peakUsedBytes(), heap.peakAfterGcBytes());
        }
    }

    private static String body(List<Run> runs) {
        StringBuilder body = new StringBuilder();
        body.append("Plans from `RandomPlanGenerator` (seed ").append(SEED).append(") with `GeneratorSettings` ")
                .append("defaults but monthly periods (60 below ")
                .append(String.format(Locale.ROOT, "%,d", LARGE_PLAN_COMPONENTS))
                .append(" components, 120 from there), ").append(PHASES).append(" phases and implementations of up ")
                .append("to ").append(MAX_DURATION_MONTHS).append(" months. Solver: ")
                .append(runs.isEmpty() ? "" : CheckedSolver.describe(runs.get(0).options()))
                .append(", and a separate solve like it for each other time limit in the table. The generator's ")
                .append("witness schedule proves that a feasible roadmap with every MUST component exists. ")
                .append("*Construction ends* is when the greedy construction handed over its roadmap, the solver's ")
                .append("first (the time to the first feasible roadmap when it is feasible): the preparation ")
                .append("(building the planning problem and the solver) plus the construction's time from ")
                .append("OptaPlanner's phase log; its hard and medium score when infeasible. *Wall time* includes the ")
                .append("preparation and the assembly of the final roadmap with its deferral reasons. *Peak heap* is ")
                .append("the used heap sampled every 50 ms during the solve (garbage included, with a ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB maximum heap); *after GC* is the ")
                .append("largest heap left after a garbage collection, nearer to what the solve needs.\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            CheckedSolver.Outcome outcome = run.outcome();
            rows.add(List.of(
                    String.format(Locale.ROOT, "%,d × %d", run.components(), run.periods()),
                    BenchmarkReport.seconds(run.generatedSeconds()),
                    BenchmarkReport.seconds(run.options().timeLimit().toMillis() / 1e3),
                    construction(run),
                    BenchmarkReport.seconds(outcome.seconds()),
                    outcome.objectiveValue() == null ? "—" : String.format(Locale.ROOT, "%,d",
                            outcome.objectiveValue().longValue()),
                    outcome.feasible() ? "yes" : "**no**",
                    Integer.toString(outcome.deferredMust().size()),
                    run.scoreCalculationsPerSecond().map(s -> String.format(Locale.ROOT, "%,d", s)).orElse("—"),
                    BenchmarkReport.mebibytes(run.peakHeapBytes()),
                    run.peakHeapAfterGcBytes() < 0 ? "no GC" : BenchmarkReport.mebibytes(run.peakHeapAfterGcBytes()),
                    outcome.failed() ? "**" + String.join("; ", outcome.discrepancies()) + "**" : ""));
        }
        body.append(BenchmarkReport.table(List.of("components × months", "generate + read", "time limit",
                "construction ends", "wall time", "objective", "feasible", "MUST deferred", "score calculations/s",
                "peak heap", "peak heap after GC", "failure"), rows));
        body.append("\n**Target** (issue 5): 20,000 components × 120 periods: a feasible roadmap within 60 s and ")
                .append("under 2 GB of heap.");
        body.append(measured(runs)).append('\n');
        return body.toString();
    }

    /** What the largest plan of the run shows against the target. */
    private static String measured(List<Run> runs) {
        int largest = runs.stream().mapToInt(Run::components).max().orElse(0);
        List<Run> largestRuns = runs.stream().filter(run -> run.components() == largest).toList();
        if (largestRuns.isEmpty()) {
            return "";
        }
        boolean allFeasible = largestRuns.stream().allMatch(run -> run.outcome().feasible());
        boolean allMust = largestRuns.stream().allMatch(run -> run.outcome().deferredMust().isEmpty());
        String firstRoadmap = largestRuns.stream().map(ScalingBenchmark::construction).distinct()
                .collect(Collectors.joining(" / "));
        return String.format(Locale.ROOT, " **Measured** at %,d components with a %,d MiB maximum heap: %s, %s; "
                + "construction ends at %s.", largest, Runtime.getRuntime().maxMemory() >> 20,
                allFeasible ? "feasible at every time limit" : "**not feasible at every time limit**",
                allMust ? "every MUST component scheduled" : "**some MUST components deferred**", firstRoadmap);
    }

    /** When the construction ended, and whether its roadmap was feasible: the first complete roadmap. */
    private static String construction(Run run) {
        return run.construction()
                .map(c -> BenchmarkReport.seconds(run.outcome().preparedSeconds() + c.solverMillis() / 1e3) + ", "
                        + (c.feasible() ? "feasible" : "**infeasible** (" + c.score().replaceFirst("/[^/]*soft$", "")
                                + ")"))
                .orElse("—");
    }
}
