package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
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
import vn.lotrinh.planner.core.solver.Engine;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * The exact search beside OptaPlanner (issue 14), through the production solve path ({@link RoadmapSolver} with the
 * service's options, {@link SolveOptions#of}): the sample plan's proof, OR-Library's proofs and gaps, and the engines
 * compared on generated plans — the portfolio, OptaPlanner alone, CP-SAT alone, and the same time-indexed model as a
 * MILP for HiGHS and SCIP behind OR-Tools' {@code MPSolver} ({@link TimeIndexedMip}, one thread each). Every roadmap
 * is checked by {@link RoadmapChecker}. Writes section {@code exact} of {@code docs/benchmarks.md}.
 */
@Tag("bench")
class ExactSearchBenchmark {

    private static final Path ORLIB = TestFiles.find("shared/benchmarks/orlib");
    private static final MathContext PRECISION = new MathContext(8);

    private final RoadmapSolver solver = new RoadmapSolver();
    private final RoadmapChecker checker = new RoadmapChecker();
    private final OrLibraryReader reader = new OrLibraryReader();
    private final PlanReader planReader = new PlanReader();
    private final List<String> discrepancies = new ArrayList<>();

    @Test
    void measuresProofsGapsAndEngines() {
        BenchmarkReport report = BenchmarkReport.start(getClass());
        Duration limit = BenchProperties.seconds("timeLimitSeconds", Duration.ofSeconds(10));
        StringBuilder body = new StringBuilder();
        body.append("Through `RoadmapSolver` with the service's options (`SolveOptions.of`: engine `AUTO`, two ")
                .append("OptaPlanner searches beside CP-SAT with 2 workers, the unimproved limit at half the time ")
                .append("limit) unless a table says otherwise; every roadmap is checked by `RoadmapChecker`.\n\n");
        body.append(samplePlan());
        body.append(orLibrary(limit));
        body.append(engines(BenchProperties.seconds("engineSeconds", limit)));
        body.append(egovPlans(limit));
        report.write("exact", "Exact search beside OptaPlanner (issue 14)", body.toString());
        assertThat(discrepancies).as("roadmaps the checker disputes").isEmpty();
    }

    private String samplePlan() {
        Plan sample = planReader.read(TestFiles.read("data/vinh-phuc-egov-2.0.json"));
        List<List<String>> rows = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            Timed timed = timed(() -> solver.solve(sample, SolveOptions.of(Objective.VALUE_OVER_TIME,
                    Duration.ofSeconds(10))));
            check("sample", sample, timed.roadmap);
            System.out.println("exact-bench sample " + timed.roadmap.objectiveValue() + " "
                    + timed.roadmap.optimality().status() + " " + timed.seconds);
            rows.add(List.of(String.valueOf(run), timed.roadmap.objectiveValue().toPlainString(),
                    timed.roadmap.optimality().status().name(), BenchmarkReport.seconds(timed.seconds)));
        }
        return "### The sample plan\n\n`data/vinh-phuc-egov-2.0.json`, `VALUE_OVER_TIME`, time limit 10 s (the "
                + "solve ends at the proof):\n\n"
                + BenchmarkReport.table(List.of("run", "objective", "status", "seconds"), rows) + "\n";
    }

    private String orLibrary(Duration limit) {
        List<OrLibraryReader.Instance> withOptima = new ArrayList<>(reader.readMknap1Format(ORLIB.resolve("mknap1.txt")));
        withOptima.addAll(reader.readMknap2(ORLIB.resolve("mknap2.txt")));
        int atOptimum = 0;
        int proven = 0;
        double slowest = 0;
        double total = 0;
        List<List<String>> missed = new ArrayList<>();
        for (OrLibraryReader.Instance instance : withOptima) {
            Plan plan = planReader.read(instance.plan());
            Timed timed = timed(() -> solver.solve(plan, SolveOptions.of(Objective.MAX_VALUE, limit)));
            check(instance.name(), plan, timed.roadmap);
            boolean optimum = instance.publishedOptimum() == null
                    || timed.roadmap.objectiveValue().compareTo(instance.publishedOptimum()) >= 0;
            boolean isProven = timed.roadmap.optimality().isOptimal();
            System.out.println("exact-bench " + instance.name() + " " + timed.roadmap.objectiveValue() + " "
                    + timed.roadmap.optimality().status() + " " + timed.seconds);
            atOptimum += optimum ? 1 : 0;
            proven += isProven ? 1 : 0;
            slowest = Math.max(slowest, timed.seconds);
            total += timed.seconds;
            if (!optimum || !isProven) {
                missed.add(List.of(instance.name(), String.valueOf(instance.publishedOptimum()),
                        timed.roadmap.objectiveValue().toPlainString(), timed.roadmap.optimality().status().name(),
                        BenchmarkReport.seconds(timed.seconds)));
            }
        }
        StringBuilder text = new StringBuilder("### OR-Library\n\n`mknap1` + `mknap2` (")
                .append(withOptima.size()).append(" instances with published optima), `MAX_VALUE`, time limit ")
                .append(BenchmarkReport.seconds(limit.toMillis() / 1e3)).append(" each, service defaults: ")
                .append(atOptimum).append(" at the optimum, ").append(proven).append(" proven `OPTIMAL`; ")
                .append("mean ").append(BenchmarkReport.seconds(total / withOptima.size())).append(", slowest ")
                .append(BenchmarkReport.seconds(slowest)).append(" per instance.\n\n");
        if (!missed.isEmpty()) {
            text.append(BenchmarkReport.table(List.of("instance", "optimum", "objective", "status", "seconds"), missed))
                    .append("\n");
        }
        text.append(chuBeasley(limit));
        return text.toString();
    }

    private String chuBeasley(Duration limit) {
        ReferenceCsv bestKnown = ReferenceCsv.read(ORLIB.resolve("mknapcb_bks.csv"));
        int perFile = BenchProperties.integer("mknapcbPerFile", 5);
        List<List<String>> rows = new ArrayList<>();
        for (String file : List.of("mknapcb1.txt", "mknapcb2.txt", "mknapcb3.txt")) {
            List<OrLibraryReader.Instance> instances = reader.readMknap1Format(ORLIB.resolve(file));
            double gapSum = 0;
            double reportedGapSum = 0;
            int proven = 0;
            for (int i = 0; i < Math.min(perFile, instances.size()); i++) {
                OrLibraryReader.Instance instance = instances.get(i);
                Plan plan = planReader.read(instance.plan());
                Timed timed = timed(() -> solver.solve(plan, SolveOptions.of(Objective.MAX_VALUE, limit)));
                check(instance.name(), plan, timed.roadmap);
                String index = String.valueOf(i + 1);
                BigDecimal best = new BigDecimal(bestKnown.rows().stream()
                        .filter(row -> row.get("file").equals(file) && row.get("index_in_file").equals(index))
                        .findFirst().orElseThrow().get("chu_beasley_1998_best_feasible"));
                gapSum += best.subtract(timed.roadmap.objectiveValue()).divide(best, PRECISION).doubleValue();
                Optimality optimality = timed.roadmap.optimality();
                reportedGapSum += optimality.gap() == null ? 0 : optimality.gap().doubleValue();
                proven += optimality.isOptimal() ? 1 : 0;
            }
            int count = Math.min(perFile, instances.size());
            rows.add(List.of(file, String.valueOf(count), BenchmarkReport.percent(gapSum / count * 100),
                    BenchmarkReport.percent(reportedGapSum / count * 100), String.valueOf(proven)));
        }
        return "Chu & Beasley's `mknapcb1`–`3` (5 constraints; 100, 250, 500 projects), the first " + perFile
                + " of each file, time limit " + BenchmarkReport.seconds(limit.toMillis() / 1e3)
                + ": gap to the 1998 best known values, and the mean gap each roadmap reports to its own bound.\n\n"
                + BenchmarkReport.table(List.of("file", "instances", "mean gap to best known", "mean reported gap",
                        "proven"), rows) + "\n";
    }

    private String engines(Duration limit) {
        List<List<String>> rows = new ArrayList<>();
        for (int components : new int[] {150, 200, 300}) {
            GeneratorSettings settings = GeneratorSettings.builder().components(components)
                    .periods(PeriodUnit.YEAR, components == 150 ? 10 : 12).fundingSources(3).resources(1)
                    .headroom(0.1).build();
            Plan plan = planReader.read(new RandomPlanGenerator(settings).generate(components).document());
            for (Objective objective : List.of(Objective.VALUE_OVER_TIME, Objective.MAX_VALUE)) {
                List<String> row = new ArrayList<>(List.of(components + " × " + plan.horizon(), objective.name()));
                for (Engine engine : Engine.values()) {
                    row.add(solvedBy(plan, new SolveOptions(objective, limit, limit, 2).withEngine(engine)));
                }
                // One OptaPlanner search beside CP-SAT's two workers: the split measured against the service's.
                row.add(solvedBy(plan, new SolveOptions(objective, limit, limit, 1)));
                for (String mip : List.of("HIGHS", "SCIP")) {
                    TimeIndexedMip.Result result = TimeIndexedMip.solve(plan, objective, mip, limit, 1);
                    if (result.objectiveValue() != null) {
                        CheckReport report = checker.check(plan, result.starts(), objective);
                        if (!report.violations().isEmpty()) {
                            discrepancies.add(mip + " " + plan.name() + ": " + report.violations());
                        }
                    }
                    row.add(result.objectiveValue() == null ? "none"
                            : String.format(Locale.ROOT, "%.0f (bound %.0f%s)", result.objectiveValue(),
                                    result.bound(), result.optimal() ? ", optimal" : ""));
                }
                System.out.println("exact-bench engines " + row);
                rows.add(row);
            }
        }
        return "### Engines on generated plans\n\n`RandomPlanGenerator` plans (seed = size; yearly periods, three "
                + "funding sources with period and phase budgets, one staff resource, headroom 0.1), each engine for "
                + BenchmarkReport.seconds(limit.toMillis() / 1e3)
                + " without an unimproved limit: `AUTO` (the portfolio: two OptaPlanner searches beside CP-SAT's 2 "
                + "workers), `HEURISTIC` (OptaPlanner alone, two searches), `EXACT` (CP-SAT alone, 2 workers, from "
                + "the construction), `AUTO 1+2` (one OptaPlanner search beside the 2 workers), and the same "
                + "time-indexed model as a MILP for HiGHS and SCIP through `MPSolver` on one thread each (as SciPy "
                + "runs HiGHS). Objective values, with the reported status and bound."
                + "\n\n"
                + BenchmarkReport.table(List.of("plan", "objective", "AUTO", "HEURISTIC", "EXACT", "AUTO 1+2", "HiGHS",
                        "SCIP"), rows) + "\n";
    }

    /**
     * The e-Government plans of {@link GeneratedPlansBenchmark} (the generator's defaults at each size), each engine
     * at equal time: the portfolio against OptaPlanner alone and CP-SAT alone, and the gap each reports.
     */
    private String egovPlans(Duration limit) {
        List<Integer> sizes = BenchProperties.integers("egovSizes", List.of(30, 60, 100, 150, 200));
        int seeds = BenchProperties.integer("egovSeeds", 2);
        List<List<String>> rows = new ArrayList<>();
        int plans = 0;
        int atLeastBoth = 0;
        int provenByExact = 0;
        int provenByBoth = 0;
        double gapSum = 0;
        int withGap = 0;
        for (int size : sizes) {
            RandomPlanGenerator generator = new RandomPlanGenerator(GeneratorSettings.builder().components(size).build());
            for (long seed = 1; seed <= seeds; seed++) {
                Plan plan = planReader.read(generator.generate(seed).document());
                for (Objective objective : List.of(Objective.VALUE_OVER_TIME, Objective.MAX_VALUE)) {
                    Map<Engine, Roadmap> byEngine = new EnumMap<>(Engine.class);
                    for (Engine engine : Engine.values()) {
                        Roadmap roadmap = solver.solve(plan,
                                new SolveOptions(objective, limit, limit, 2).withEngine(engine));
                        check(plan.name() + " " + engine, plan, roadmap);
                        byEngine.put(engine, roadmap);
                    }
                    Roadmap portfolio = byEngine.get(Engine.AUTO);
                    BigDecimal value = portfolio.objectiveValue();
                    boolean atLeastAsGoodAsBoth = value.compareTo(byEngine.get(Engine.HEURISTIC).objectiveValue()) >= 0
                            && value.compareTo(byEngine.get(Engine.EXACT).objectiveValue()) >= 0;
                    boolean exactProves = byEngine.get(Engine.EXACT).optimality().isOptimal();
                    plans++;
                    atLeastBoth += atLeastAsGoodAsBoth ? 1 : 0;
                    provenByExact += exactProves ? 1 : 0;
                    provenByBoth += exactProves && portfolio.optimality().isOptimal() ? 1 : 0;
                    BigDecimal gap = portfolio.optimality().gap();
                    if (gap != null) {
                        gapSum += gap.doubleValue();
                        withGap++;
                    }
                    List<String> row = List.of(size + " seed " + seed, objective.name(),
                            value.toPlainString() + describe(portfolio.optimality()),
                            byEngine.get(Engine.HEURISTIC).objectiveValue().toPlainString(),
                            byEngine.get(Engine.EXACT).objectiveValue().toPlainString()
                                    + describe(byEngine.get(Engine.EXACT).optimality()),
                            gap == null ? "—" : BenchmarkReport.percent(gap.doubleValue() * 100),
                            atLeastAsGoodAsBoth ? "yes" : "no");
                    System.out.println("exact-bench egov " + row);
                    rows.add(row);
                }
            }
        }
        return "### Engines on generated e-Government plans\n\n`RandomPlanGenerator` with the generator's defaults "
                + "(10 yearly periods, 3 funding sources, 1 resource, 2 phases, windows, pins, exclusions, lags; the "
                + "plans of section \"Generated e-Government plans against CP-SAT\"), sizes " + sizes + ", seeds 1–"
                + seeds + ", each engine for " + BenchmarkReport.seconds(limit.toMillis() / 1e3)
                + " without an unimproved limit. **Measured:** the portfolio at least as good as OptaPlanner alone and "
                + "CP-SAT alone on " + atLeastBoth + " of " + plans + " plans; `OPTIMAL` on " + provenByBoth + " of the "
                + provenByExact + " plans CP-SAT alone proves; mean reported gap "
                + (withGap == 0 ? "—" : BenchmarkReport.percent(gapSum / withGap * 100)) + " over the " + withGap
                + " plans with a bound.\n\n"
                + BenchmarkReport.table(List.of("plan", "objective", "AUTO", "HEURISTIC", "EXACT", "AUTO's gap",
                        "AUTO ≥ both"), rows) + "\n";
    }

    private String solvedBy(Plan plan, SolveOptions options) {
        Timed timed = timed(() -> solver.solve(plan, options));
        check(plan.name() + " " + options.engine() + " " + options.searchThreads(), plan, timed.roadmap);
        return timed.roadmap.objectiveValue().toPlainString() + describe(timed.roadmap.optimality());
    }

    private static String describe(Optimality optimality) {
        return switch (optimality.status()) {
            case OPTIMAL -> " (optimal)";
            case FEASIBLE -> " (bound " + optimality.bound().toPlainString() + ")";
            case UNKNOWN -> "";
        };
    }

    private void check(String name, Plan plan, Roadmap roadmap) {
        CheckReport report = checker.check(plan, roadmap);
        if (!report.violations().isEmpty() || report.objectiveValue().compareTo(roadmap.objectiveValue()) != 0) {
            discrepancies.add(name + ": " + report.violations());
        }
    }

    private static Timed timed(Supplier<Roadmap> solve) {
        long started = System.nanoTime();
        Roadmap roadmap = solve.get();
        return new Timed(roadmap, (System.nanoTime() - started) / 1e9);
    }

    private record Timed(Roadmap roadmap, double seconds) {
    }
}
