package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.AppliedFix;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;
import vn.lotrinh.planner.core.solver.explain.ComponentExplanation;
import vn.lotrinh.planner.core.solver.explain.Explanation;
import vn.lotrinh.planner.core.solver.explain.Fix;

/**
 * Explained roadmaps (issue 13): the time {@code RoadmapSolver.explain} takes — what
 * {@code GET /api/plans/{planId}/roadmap/explanation} computes once per roadmap — on (a) the sample plan and (b) a
 * generated plan of 1,000 components, each solved first with the service's default options. Every deferred component
 * must have reasons and a fix, and every fix other than {@code NONE} must admit its component when applied from outside
 * ({@link AppliedFix}: the plan changed as a scenario, the roadmap judged by the checker); anything else is a failure.
 * Writes section {@code explanation} of {@code docs/benchmarks.md}.
 *
 * <p>Properties: {@code bench.solveSeconds} (10, the service's default), {@code bench.components} (1000),
 * {@code bench.repeats} (5 explanations of the sample plan after the first), {@code bench.searchThreads} (as the
 * service).
 */
@Tag("bench")
class ExplanationBenchmark {

    private static final Objective OBJECTIVE = Objective.VALUE_OVER_TIME;
    private static final long SEED = 2024;
    private static final int GENERATED_PERIODS = 60;
    private static final double TARGET_SECONDS = 2;

    private final RoadmapSolver solver = new RoadmapSolver();

    /**
     * A plan solved and explained.
     *
     * @param firstSeconds the first explanation's time, with the explainer's code not yet compiled
     * @param againSeconds the times of the explanations after it
     */
    private record Run(Plan plan, Roadmap roadmap, Explanation explanation, double firstSeconds,
            List<Double> againSeconds, long peakHeapBytes, long peakHeapAfterGcBytes, double verifySeconds,
            Verification verification) {

        long deferred() {
            return explanation.components().stream().filter(ComponentExplanation::deferred).count();
        }

        Map<Fix.Kind, Long> fixesByKind() {
            Map<Fix.Kind, Long> kinds = new EnumMap<>(Fix.Kind.class);
            explanation.components().stream().filter(component -> component.fix() != null)
                    .forEach(component -> kinds.merge(component.fix().kind(), 1L, Long::sum));
            return kinds;
        }

        long reasons() {
            return explanation.components().stream().mapToLong(component -> component.reasons().size()).sum();
        }

        double medianAgainSeconds() {
            List<Double> sorted = againSeconds.stream().sorted().toList();
            return sorted.isEmpty() ? firstSeconds : sorted.get(sorted.size() / 2);
        }
    }

    /**
     * What applying the fixes from outside found.
     *
     * @param applied the fixes other than {@code NONE}, each applied
     * @param admitted those of them that admit their component
     * @param failures deferred components without reasons or a fix, and fixes that do not admit their component
     */
    private record Verification(int applied, int admitted, List<String> failures) {
    }

    @Test
    void explainsTheSamplePlanAndALargePlanWithVerifiedFixes() {
        BenchmarkReport report = BenchmarkReport.start(getClass());
        SolveOptions service = SolveOptions.of(OBJECTIVE, BenchProperties.seconds("solveSeconds",
                Duration.ofSeconds(10)));
        SolveOptions options = service.withSearchThreads(
                BenchProperties.integer("searchThreads", service.searchThreads()));
        int components = BenchProperties.integer("components", 1_000);

        Run sample = run(PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json")), options,
                BenchProperties.integer("repeats", 5));
        Run generated = run(new RandomPlanGenerator(ScalingBenchmark.settings(components, GENERATED_PERIODS))
                .generate(SEED).document(), options, 0);

        List<String> failures = new ArrayList<>(sample.verification().failures());
        failures.addAll(generated.verification().failures());
        report.write("explanation", "Explained roadmaps (issue 13)", body(options, sample, generated, failures));
        assertThat(failures).as("deferred components without reasons or a fix, fixes that do not admit them")
                .isEmpty();
    }

    private Run run(JsonNode document, SolveOptions options, int repeats) {
        Plan plan = new PlanReader().read(document);
        Roadmap roadmap = solver.solve(plan, options);
        System.gc();
        HeapSampler heap = HeapSampler.start();
        long startNanos = System.nanoTime();
        Explanation explanation;
        try {
            explanation = solver.explain(plan, roadmap);
        } finally {
            heap.close();
        }
        double firstSeconds = (System.nanoTime() - startNanos) / 1e9;
        List<Double> againSeconds = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long again = System.nanoTime();
            solver.explain(plan, roadmap);
            againSeconds.add((System.nanoTime() - again) / 1e9);
        }
        long verifyNanos = System.nanoTime();
        Verification verification = verify(document, plan, roadmap, explanation);
        return new Run(plan, roadmap, explanation, firstSeconds, againSeconds, heap.peakUsedBytes(),
                heap.peakAfterGcBytes(), (System.nanoTime() - verifyNanos) / 1e9, verification);
    }

    private static Verification verify(JsonNode document, Plan plan, Roadmap roadmap, Explanation explanation) {
        List<String> failures = new ArrayList<>();
        int applied = 0;
        int admitted = 0;
        for (ComponentExplanation component : explanation.components()) {
            if (!component.deferred()) {
                continue;
            }
            String at = plan.name() + ", " + component.componentId() + ": ";
            Fix fix = component.fix();
            if (component.reasons().isEmpty()) {
                failures.add(at + "no reasons");
            }
            if (fix == null) {
                failures.add(at + "no fix");
            } else if (fix.kind() != Fix.Kind.NONE) {
                applied++;
                if (AppliedFix.admits(document, plan, roadmap, fix)) {
                    admitted++;
                } else {
                    failures.add(at + fix.kind() + " fix does not admit it");
                }
            }
        }
        return new Verification(applied, admitted, failures);
    }

    private static String body(SolveOptions options, Run sample, Run generated, List<String> failures) {
        StringBuilder body = new StringBuilder();
        body.append("`RoadmapSolver.explain`, which `GET /api/plans/{planId}/roadmap/explanation` runs once per ")
                .append("roadmap (its texts are then written per language), on a roadmap solved with ")
                .append(CheckedSolver.describe(options))
                .append(" (the service's default). *First explanation*: the first in the JVM, the explainer's code ")
                .append("not yet compiled, as the service's first request of a roadmap; *again*: the median of the ")
                .append("explanations of the same roadmap after it. *Fixes that admit*: of the fixes other than ")
                .append("`NONE`, those that admit their component when applied from outside ")
                .append("(the plan changed as a scenario by its increases, the roadmap with the component, its ")
                .append("predecessors and its deferrals, judged by the `RoadmapChecker`); every deferred component ")
                .append("must also have reasons and a fix. *Verification* is the ")
                .append("time that takes, not part of the explanation. *Peak heap*: the used heap sampled every ")
                .append("50 ms during the first explanation (garbage included); *after GC* the largest heap left ")
                .append("after a garbage collection.\n\n");
        List<List<String>> rows = List.of(row("sample plan (`data/vinh-phuc-egov-2.0.json`)", sample),
                row("generated (`RandomPlanGenerator`, seed " + SEED + ", the scaling benchmark's settings)",
                        generated));
        body.append(BenchmarkReport.table(List.of("plan", "components × periods", "deferred", "fixes by kind",
                "reasons", "first explanation", "again", "peak heap", "after GC", "fixes that admit", "verification"),
                rows));
        body.append(String.format(Locale.ROOT, "%n**Target** (issue 13): the sample plan's explanation answers in "
                + "under %.0f s. **Measured**: %s for the first explanation, %s again; %s for the %,d-component "
                + "plan's.%n", TARGET_SECONDS, BenchmarkReport.seconds(sample.firstSeconds()),
                seconds(sample.medianAgainSeconds()), BenchmarkReport.seconds(generated.firstSeconds()),
                generated.plan().components().size()));
        if (!failures.isEmpty()) {
            body.append("\n**Failures**: ").append(String.join("; ", failures)).append('\n');
        }
        return body.toString();
    }

    private static List<String> row(String name, Run run) {
        String kinds = run.fixesByKind().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        return List.of(name,
                String.format(Locale.ROOT, "%,d × %d", run.plan().components().size(), run.plan().horizon()),
                Long.toString(run.deferred()), kinds.isEmpty() ? "—" : kinds,
                String.format(Locale.ROOT, "%,d", run.reasons()), BenchmarkReport.seconds(run.firstSeconds()),
                run.againSeconds().isEmpty() ? "—" : seconds(run.medianAgainSeconds()),
                BenchmarkReport.mebibytes(run.peakHeapBytes()),
                run.peakHeapAfterGcBytes() < 0 ? "no GC" : BenchmarkReport.mebibytes(run.peakHeapAfterGcBytes()),
                run.verification().admitted() + " of " + run.verification().applied(),
                BenchmarkReport.seconds(run.verifySeconds()));
    }

    /** Seconds with as many decimals as a sub-second figure needs: {@code 0.08 s}. */
    private static String seconds(double value) {
        return value < 1 ? String.format(Locale.ROOT, "%.2f s", value) : BenchmarkReport.seconds(value);
    }
}
