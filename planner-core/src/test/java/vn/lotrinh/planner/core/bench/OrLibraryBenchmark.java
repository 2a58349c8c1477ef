package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * The solver on OR-Library capital budgeting: the 7 Petersen problems ({@code mknap1}) and the 48 of {@code mknap2}
 * against their published optima, and the first Chu &amp; Beasley problems ({@code mknapcb1}, 100 projects, 5
 * constraints) against the best values of Chu &amp; Beasley's 1998 GA. Writes section {@code orlib} of
 * {@code docs/benchmarks.md}.
 *
 * <p>Properties: {@code bench.timeLimitSeconds} per instance (10), {@code bench.limit} instances per file (all),
 * {@code bench.mknapcb1} how many {@code mknapcb1} problems (10), {@code bench.searchThreads} (as the service),
 * {@code bench.only}.
 */
@Tag("bench")
class OrLibraryBenchmark {

    private static final Path ORLIB = TestFiles.find("shared/benchmarks/orlib");
    private static final MathContext GAP_PRECISION = MathContext.DECIMAL64;

    private final OrLibraryReader reader = new OrLibraryReader();
    private final CheckedSolver solver = new CheckedSolver();
    private final PlanReader planReader = new PlanReader();

    @Test
    void measuresGapToPublishedOptimaAndBestKnownValues() {
        BenchmarkReport report = BenchmarkReport.start(getClass());
        SolveOptions options = CheckedSolver.options(Objective.MAX_VALUE,
                BenchProperties.seconds("timeLimitSeconds", Duration.ofSeconds(10)));
        int limit = BenchProperties.integer("limit", Integer.MAX_VALUE);
        ReferenceCsv bestKnown = ReferenceCsv.read(ORLIB.resolve("mknapcb_bks.csv"));

        List<InstanceResult> mknap1 = solveAgainstOptima(
                reader.readMknap1Format(ORLIB.resolve("mknap1.txt")), limit, options);
        List<InstanceResult> mknap2 = solveAgainstOptima(
                reader.readMknap2(ORLIB.resolve("mknap2.txt")), limit, options);
        List<InstanceResult> chuBeasley = selected(reader.readMknap1Format(ORLIB.resolve("mknapcb1.txt")),
                Math.min(limit, BenchProperties.integer("mknapcb1", 10))).stream()
                .map(instance -> measure(instance, bestKnown(bestKnown, instance), null, options))
                .toList();

        List<InstanceResult> all = new ArrayList<>(mknap1);
        all.addAll(mknap2);
        all.addAll(chuBeasley);
        report.write("orlib", "OR-Library capital budgeting (issue 5)", body(options, mknap1, mknap2, chuBeasley, all));
        assertThat(InstanceResult.failures(all)).as("solves the checker disputes, or crashes").isEmpty();
    }

    private List<InstanceResult> solveAgainstOptima(List<OrLibraryReader.Instance> instances, int limit,
            SolveOptions options) {
        return selected(instances, limit).stream()
                .map(instance -> measure(instance, instance.publishedOptimum(), instance.publishedOptimum(), options))
                .toList();
    }

    private InstanceResult measure(OrLibraryReader.Instance instance, BigDecimal reference, BigDecimal provenOptimum,
            SolveOptions options) {
        Plan plan = planReader.read(instance.plan());
        CheckedSolver.Outcome outcome = solver.solve(plan, options, provenOptimum);
        BigDecimal value = outcome.objectiveValue() == null ? BigDecimal.ZERO : outcome.objectiveValue();
        double gap = reference.subtract(value).divide(reference, GAP_PRECISION).doubleValue() * 100;
        return InstanceResult.of(instance.name(), reference.toPlainString(), outcome, value.toPlainString(), gap,
                value.compareTo(reference) >= 0);
    }

    /** Chu &amp; Beasley's value for {@code mknapcb1 #i}: row {@code i} of the file in their table. */
    private static BigDecimal bestKnown(ReferenceCsv table, OrLibraryReader.Instance instance) {
        String index = instance.name().substring(instance.name().indexOf('#') + 1);
        return new BigDecimal(table.rows().stream()
                .filter(row -> row.get("file").equals("mknapcb1.txt") && row.get("index_in_file").equals(index))
                .findFirst()
                .orElseThrow()
                .get("chu_beasley_1998_best_feasible"));
    }

    private static List<OrLibraryReader.Instance> selected(List<OrLibraryReader.Instance> instances, int limit) {
        Set<String> only = BenchProperties.only();
        return instances.stream()
                .filter(instance -> only.isEmpty() || only.contains(instance.name()))
                .limit(limit)
                .toList();
    }

    private static String body(SolveOptions options, List<InstanceResult> mknap1, List<InstanceResult> mknap2,
            List<InstanceResult> chuBeasley, List<InstanceResult> all) {
        List<InstanceResult> withOptimum = new ArrayList<>(mknap1);
        withOptimum.addAll(mknap2);
        long atOptimum = withOptimum.stream().filter(InstanceResult::atReference).count();
        StringBuilder body = new StringBuilder();
        body.append("Each project is an optional component spanning every period, each constraint a period budget ")
                .append("(`OrLibraryReader`). Solver: ").append(CheckedSolver.describe(options))
                .append(" per instance; a solve stops early once it reaches the published optimum, which it ")
                .append("cannot beat. Gap = (reference − solver) / reference. ")
                .append("`mknapcb1` is compared with Chu & Beasley's 1998 GA values (best known then, not proven ")
                .append("optima; a negative gap beats them).\n\n");
        body.append(BenchmarkReport.table(InstanceResult.SUMMARY_HEADER, List.of(
                InstanceResult.summaryRow("mknap1 (optimum)", mknap1),
                InstanceResult.summaryRow("mknap2 (optimum)", mknap2),
                InstanceResult.summaryRow("mknapcb1 (1998 best known)", chuBeasley))));
        body.append("\n**Target** (issue 5): all 55 of mknap1 and mknap2 at the published optimum within 10 s each. ")
                .append("**Measured:** ").append(atOptimum).append(" of ").append(withOptimum.size())
                .append(" at the optimum within ").append(BenchmarkReport.seconds(options.timeLimit().toMillis() / 1e3))
                .append(".\n\n");
        body.append(InstanceResult.failureList(all, OrLibraryBenchmark.class));
        body.append('\n').append(InstanceResult.detailTable(all));
        return body.toString();
    }
}
