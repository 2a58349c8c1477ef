package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.frontier.BudgetFrontier;
import vn.lotrinh.planner.core.frontier.FrontierPoint;
import vn.lotrinh.planner.core.frontier.FrontierSpec;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * The budget frontier (issue 12) as the service traces it: the 11 default points (every budget × 0.5 … 1.5), each
 * solved with the service's options for its time, from the roadmap of the point below. (a) The sample plan: the
 * frontier's time, and each point against an independent solve of the same scaled plan for longer. (b) A generated
 * plan of 1,000 components: the frontier's time and heap. Every point is held to the {@link RoadmapChecker} against its
 * own scaled plan and to the frontier's promise (no point below the one before it: first fewer {@code MUST}
 * components deferred, then the objective); a broken one is a failure. Writes section {@code frontier} of
 * {@code docs/benchmarks.md}.
 *
 * <p>Properties: {@code bench.pointSeconds} (3), {@code bench.referenceSeconds} (10), {@code bench.components}
 * (1000), {@code bench.searchThreads} (as the service).
 */
@Tag("bench")
class FrontierBenchmark {

    private static final Objective OBJECTIVE = Objective.VALUE_OVER_TIME;
    private static final long SEED = 2024;
    private static final int GENERATED_PERIODS = 60;
    private static final double TARGET_SECONDS = 60;
    private static final double TARGET_GAP_PERCENT = 0.5;
    private static final DecimalFormat NUMBER = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(
            Locale.ROOT));

    private final RoadmapSolver solver = new RoadmapSolver();
    private final CheckedSolver referenceSolver = new CheckedSolver();

    /**
     * A frontier traced, with what it took.
     *
     * @param scaledPlans the plan scaled for each point
     * @param checks the checker's report on each point's roadmap against its scaled plan
     */
    private record Trace(Plan plan, List<FrontierPoint> points, List<Plan> scaledPlans, List<CheckReport> checks,
            double seconds, long peakHeapBytes, long peakHeapAfterGcBytes) {
    }

    @Test
    void tracesFrontiersAndHoldsEachPointToItsScaledPlanAndToLongerSolves() {
        BenchmarkReport report = BenchmarkReport.start(getClass());
        Duration pointTime = BenchProperties.seconds("pointSeconds", Duration.ofSeconds(3));
        Duration referenceTime = BenchProperties.seconds("referenceSeconds", Duration.ofSeconds(10));
        int components = BenchProperties.integer("components", 1_000);
        SolveOptions service = SolveOptions.of(OBJECTIVE, pointTime);
        SolveOptions pointOptions = service.withSearchThreads(
                BenchProperties.integer("searchThreads", service.searchThreads()));

        Trace sample = trace(PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json")), pointOptions);
        SolveOptions referenceOptions = CheckedSolver.options(OBJECTIVE, referenceTime);
        List<CheckedSolver.Outcome> references = sample.scaledPlans().stream()
                .map(scaled -> referenceSolver.solve(scaled, referenceOptions, null))
                .toList();
        Trace generated = trace(new RandomPlanGenerator(ScalingBenchmark.settings(components, GENERATED_PERIODS))
                .generate(SEED).document(), pointOptions);

        List<String> failures = Stream.of(discrepancies(sample), discrepancies(generated),
                references.stream().flatMap(reference -> reference.discrepancies().stream()).toList())
                .flatMap(List::stream).toList();
        report.write("frontier", "Budget frontier (issue 12)", body(pointOptions, referenceOptions, sample,
                references, generated, failures));
        assertThat(failures).as("points the checker disputes, frontiers that fall, crashes").isEmpty();
    }

    private Trace trace(JsonNode document, SolveOptions options) {
        Plan plan = new PlanReader().read(document);
        BudgetFrontier frontier = new BudgetFrontier(solver);
        System.gc();
        long startNanos = System.nanoTime();
        HeapSampler heap = HeapSampler.start();
        List<FrontierPoint> points;
        try {
            points = frontier.trace(document, plan, new FrontierSpec(FrontierSpec.DEFAULT_SCALES, null, options),
                    point -> { });
        } finally {
            heap.close();
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        List<Plan> scaledPlans = points.stream()
                .map(point -> frontier.scaledPlan(document, plan, point.scale(), null))
                .toList();
        List<CheckReport> checks = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            checks.add(check(scaledPlans.get(i), points.get(i)));
        }
        return new Trace(plan, points, scaledPlans, checks, seconds, heap.peakUsedBytes(), heap.peakAfterGcBytes());
    }

    private static CheckReport check(Plan scaled, FrontierPoint point) {
        Map<String, Integer> starts = new HashMap<>();
        point.starts().forEach((id, label) -> starts.put(id, scaled.calendar().indexInHorizon(label).orElseThrow()));
        return new RoadmapChecker().check(scaled, starts, OBJECTIVE);
    }

    /**
     * Where the checker disputes a point (its objective, its {@code MUST} components deferred, its verdict), and every
     * point below the one before it. A roadmap that breaks a hard rule is not one: with too little money a pinned
     * component may have to break one.
     */
    private static List<String> discrepancies(Trace trace) {
        List<String> discrepancies = new ArrayList<>();
        for (int i = 0; i < trace.points().size(); i++) {
            FrontierPoint point = trace.points().get(i);
            CheckReport check = trace.checks().get(i);
            String at = trace.plan().name() + " at scale " + point.scale().toPlainString() + ": ";
            boolean complete = check.feasible() && check.deferredMustComponentIds().isEmpty();
            if (check.objectiveValue().compareTo(point.objectiveValue()) != 0
                    || check.deferredMustComponentIds().size() != point.mustDeferred()
                    || complete != point.feasible()) {
                discrepancies.add(at + "objective " + point.objectiveValue().toPlainString() + " with "
                        + point.mustDeferred() + " MUST deferred, feasible " + point.feasible()
                        + "; the checker finds " + check.objectiveValue().toPlainString() + " with "
                        + check.deferredMustComponentIds().size() + ", " + check.violations().size()
                        + " broken hard rules");
            }
            if (i > 0 && worse(trace, i)) {
                discrepancies.add(at + "below the point at scale " + trace.points().get(i - 1).scale().toPlainString());
            }
        }
        return discrepancies;
    }

    /**
     * Whether point {@code i} ranks below the point before it: it breaks a hard rule where that one broke none, or
     * both break none and it defers more {@code MUST} components or, as many, has a lower objective. Between two
     * roadmaps that break hard rules the solver ranks by how much money and capacity they exceed, which the checker
     * does not weigh, so they are not compared.
     */
    private static boolean worse(Trace trace, int i) {
        CheckReport check = trace.checks().get(i);
        CheckReport below = trace.checks().get(i - 1);
        if (!check.feasible() || !below.feasible()) {
            return !check.feasible() && below.feasible();
        }
        int must = check.deferredMustComponentIds().size();
        int mustBelow = below.deferredMustComponentIds().size();
        return must > mustBelow || must == mustBelow && check.objectiveValue().compareTo(below.objectiveValue()) < 0;
    }

    private static String body(SolveOptions pointOptions, SolveOptions referenceOptions, Trace sample,
            List<CheckedSolver.Outcome> references, Trace generated, List<String> failures) {
        StringBuilder body = new StringBuilder();
        body.append("`BudgetFrontier` as `POST /api/plans/{planId}/frontier` runs it: every budget scaled by each of ")
                .append("the 11 default factors, lowest first, each point solved with ")
                .append(CheckedSolver.describe(pointOptions))
                .append(" (the service's options: it also stops after half the time without improvement) from the ")
                .append("roadmap of the point below. Every point is checked by the `RoadmapChecker` against its own ")
                .append("scaled plan, and against the point below (first fewer MUST components deferred, then the ")
                .append("objective).\n\n")
                .append("### (a) The sample plan against independent solves\n\n")
                .append("`data/vinh-phuc-egov-2.0.json`. *Independent solve*: the same scaled plan solved from ")
                .append("scratch, ").append(CheckedSolver.describe(referenceOptions))
                .append(". *Gap*: how far the point's objective is below it (negative: the point is better); a ")
                .append("point with more MUST components deferred than the independent solve is marked.\n\n");
        List<List<String>> rows = new ArrayList<>();
        int withinTarget = 0;
        for (int i = 0; i < sample.points().size(); i++) {
            FrontierPoint point = sample.points().get(i);
            CheckedSolver.Outcome reference = references.get(i);
            Optional<Double> gap = gapPercent(point, reference);
            if (gap.filter(percent -> percent <= TARGET_GAP_PERCENT).isPresent()) {
                withinTarget++;
            }
            rows.add(List.of(point.scale().toPlainString(), number(point.budgetTotal()),
                    number(point.objectiveValue()), Integer.toString(point.mustDeferred()),
                    point.feasible() ? "yes" : "**no**", marginal(point),
                    reference.objectiveValue() == null ? "crash" : number(reference.objectiveValue()),
                    Integer.toString(reference.deferredMust().size()),
                    gap.map(BenchmarkReport::percent).orElse(reference.objectiveValue() == null
                            ? "—" : "**more MUST deferred**")));
        }
        body.append(BenchmarkReport.table(List.of("scale", "budget total", "objective", "MUST deferred", "feasible",
                "marginal value", "independent solve", "its MUST deferred", "gap"), rows));
        body.append(String.format(Locale.ROOT, "%n**Target** (issue 12): the 11 points in under %.0f s on 2 cores, "
                + "each within %.1f %% of the independent solve or better. **Measured**: %s for the frontier; %d of "
                + "%d points within %.1f %% or better.%n%n", TARGET_SECONDS, TARGET_GAP_PERCENT,
                BenchmarkReport.seconds(sample.seconds()), withinTarget, sample.points().size(), TARGET_GAP_PERCENT));
        body.append("### (b) A generated plan of ")
                .append(String.format(Locale.ROOT, "%,d", generated.plan().components().size()))
                .append(" components\n\n`RandomPlanGenerator` (seed ").append(SEED).append(") with the settings of ")
                .append("the scaling benchmark: monthly periods (").append(GENERATED_PERIODS).append("), 5 phases. ")
                .append("*Peak heap* is the used heap sampled every 50 ms while the frontier is traced (garbage ")
                .append("included); *after GC* the largest heap left after a garbage collection. *Hard rules ")
                .append("broken*: as the checker counts them; with too little money a pinned component may have to ")
                .append("break one.\n\n");
        List<List<String>> generatedRows = new ArrayList<>();
        for (int i = 0; i < generated.points().size(); i++) {
            FrontierPoint point = generated.points().get(i);
            generatedRows.add(List.of(point.scale().toPlainString(), number(point.budgetTotal()),
                    number(point.objectiveValue()), Integer.toString(point.scheduled()),
                    Integer.toString(point.deferred()), Integer.toString(point.mustDeferred()),
                    Integer.toString(generated.checks().get(i).violations().size()),
                    point.feasible() ? "yes" : "**no**", marginal(point)));
        }
        body.append(BenchmarkReport.table(List.of("scale", "budget total", "objective", "scheduled", "deferred",
                "MUST deferred", "hard rules broken", "feasible", "marginal value"), generatedRows));
        body.append(String.format(Locale.ROOT, "%n**Measured**: %s for the frontier, peak heap %s (%s after GC) with "
                + "a %s maximum heap.%n", BenchmarkReport.seconds(generated.seconds()),
                BenchmarkReport.mebibytes(generated.peakHeapBytes()),
                generated.peakHeapAfterGcBytes() < 0 ? "no GC" : BenchmarkReport.mebibytes(
                        generated.peakHeapAfterGcBytes()),
                BenchmarkReport.mebibytes(Runtime.getRuntime().maxMemory())));
        if (!failures.isEmpty()) {
            body.append("\n**Failures**: ").append(String.join("; ", failures)).append('\n');
        }
        return body.toString();
    }

    /**
     * How far the point's objective is below the independent solve's, in percent; empty when that solve crashed, or
     * when the point defers more {@code MUST} components than it, which no objective makes up for.
     */
    private static Optional<Double> gapPercent(FrontierPoint point, CheckedSolver.Outcome reference) {
        if (reference.objectiveValue() == null || point.mustDeferred() > reference.deferredMust().size()) {
            return Optional.empty();
        }
        if (reference.objectiveValue().signum() == 0) {
            return Optional.of(0.0);
        }
        return Optional.of(reference.objectiveValue().subtract(point.objectiveValue())
                .divide(reference.objectiveValue().abs(), MathContext.DECIMAL64).doubleValue() * 100);
    }

    private static String marginal(FrontierPoint point) {
        return point.marginalValue() == null ? "—" : number(point.marginalValue());
    }

    private static String number(BigDecimal value) {
        synchronized (NUMBER) {
            return NUMBER.format(value);
        }
    }

}
