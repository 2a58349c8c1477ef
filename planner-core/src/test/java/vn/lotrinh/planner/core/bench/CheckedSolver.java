package vn.lotrinh.planner.core.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.Engine;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;
import vn.lotrinh.planner.core.solver.SolveRun;

/**
 * Solves benchmark plans with the {@link RoadmapSolver} and holds every roadmap to the {@link RoadmapChecker}. What the
 * checker disputes (a broken hard rule, the solver's feasibility verdict, its objective value), an objective beyond a
 * proven bound and any exception become discrepancies of the {@link Outcome}: the benchmarks count them as failures
 * and go on with the next instance.
 */
final class CheckedSolver {

    /** {@code SolveRun} passes on a better roadmap only if the previous one is at least this old. */
    private static final double REPORT_INTERVAL_SECONDS = 0.5;

    private final RoadmapSolver solver = new RoadmapSolver();
    private final RoadmapChecker checker = new RoadmapChecker();

    /**
     * What one solve found.
     *
     * @param objectiveValue the objective the checker recomputed, {@code null} when the solve crashed
     * @param feasible whether the checker found no broken hard rule
     * @param deferredMust ids of the {@code MUST} components left unscheduled
     * @param preparedSeconds wall time of {@link RoadmapSolver#prepare}: building the planning problem and the solver
     * @param seconds wall time of the whole solve, preparation and the roadmap's assembly included
     * @param secondsToValue when the solver first reported a roadmap of the final value; reports come at most every
     *     {@value #REPORT_INTERVAL_SECONDS} s, so when none showed it, it was found within that interval after the
     *     last report, and this is that interval's end; {@code seconds} for a solve without reports
     * @param discrepancies what the checker disputes, and crashes; empty for a trustworthy result (a deferred
     *     {@code MUST} component is not one: it is a legal, if poor, roadmap)
     */
    record Outcome(BigDecimal objectiveValue, boolean feasible, List<String> deferredMust, double preparedSeconds,
            double seconds, double secondsToValue, List<String> discrepancies) {

        boolean failed() {
            return !discrepancies.isEmpty();
        }
    }

    /**
     * The options every benchmark solves with: the objective for the whole time limit (unlike the service's
     * {@link SolveOptions#of}, no earlier stop for lack of improvement unless {@code bench.unimprovedSeconds} asks for
     * one), with {@code bench.searchThreads} searches side by side (default: as many as the service runs), the engine
     * {@code bench.engine} (default {@code AUTO}, as the service) and {@code bench.exactWorkers} CP-SAT workers
     * (default as the service).
     */
    static SolveOptions options(Objective objective, Duration timeLimit) {
        SolveOptions service = SolveOptions.of(objective, timeLimit);
        Engine engine = Engine.valueOf(BenchProperties.strings("engine", List.of(service.engine().name())).get(0));
        return new SolveOptions(objective, timeLimit, BenchProperties.seconds("unimprovedSeconds", timeLimit),
                BenchProperties.integer("searchThreads", service.searchThreads()))
                .withEngine(engine)
                .withExact(service.exact().withWorkers(
                        BenchProperties.integer("exactWorkers", service.exact().workers())));
    }

    /** The options in words, for a report. */
    static String describe(SolveOptions options) {
        String unimproved = options.unimprovedTimeLimit().compareTo(options.timeLimit()) >= 0
                ? ""
                : ", stopping after " + BenchmarkReport.seconds(options.unimprovedTimeLimit().toMillis() / 1e3)
                        + " without improvement";
        return options.objective() + ", time limit " + BenchmarkReport.seconds(options.timeLimit().toMillis() / 1e3)
                + unimproved + ", " + options.searchThreads() + " search"
                + (options.searchThreads() == 1 ? "" : "es side by side") + ", engine " + options.engine()
                + (options.engine() == Engine.HEURISTIC ? ""
                        : " (where the exact model fits, CP-SAT with " + options.exact().workers()
                                + " workers beside the searches)");
    }

    /**
     * Solves the plan under the options, following the better roadmaps the solver reports on the way.
     *
     * @param provenBound an objective value no roadmap can exceed (a proven optimum, or the negated makespan lower
     *     bound): the solve stops as soon as it reaches this, since it cannot do better; {@code null} to run until the
     *     options' limits
     */
    Outcome solve(Plan plan, SolveOptions options, BigDecimal provenBound) {
        long startNanos = System.nanoTime();
        // Each search reports from its own thread (one at a time).
        List<Report> reports = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<SolveRun> run = new AtomicReference<>();
        return run(plan, options, startNanos, reports, best -> {
            boolean complete = best.feasible() && deferredMust(plan, best) == 0;
            reports.add(new Report(secondsSince(startNanos), best.objectiveValue(), complete));
            if (complete && provenBound != null && best.objectiveValue().compareTo(provenBound) >= 0) {
                run.get().terminateEarly();
            }
        }, run, provenBound);
    }

    /**
     * Solves the plan under the options without asking for reports on the way, as the solver runs when nobody
     * watches: on a large plan, every report assembles a whole roadmap on the solving thread.
     */
    Outcome solveWithoutReports(Plan plan, SolveOptions options) {
        return run(plan, options, System.nanoTime(), List.of(), null, new AtomicReference<>(), null);
    }

    private Outcome run(Plan plan, SolveOptions options, long startNanos, List<Report> reports,
            Consumer<Roadmap> onBestRoadmap, AtomicReference<SolveRun> run, BigDecimal provenBound) {
        Roadmap roadmap;
        double preparedSeconds;
        try {
            run.set(solver.prepare(plan, options, onBestRoadmap));
            preparedSeconds = secondsSince(startNanos);
            roadmap = run.get().solve();
        } catch (RuntimeException | AssertionError e) {
            double seconds = secondsSince(startNanos);
            return new Outcome(null, false, List.of(), 0, seconds, seconds, List.of("crash: " + e));
        }
        double seconds = secondsSince(startNanos);
        CheckReport check = checker.check(plan, roadmap);
        double lastReport = reports.isEmpty() ? 0 : reports.get(reports.size() - 1).seconds();
        double secondsToValue = onBestRoadmap == null
                ? seconds
                : reports.stream()
                        .filter(r -> r.complete() && r.objectiveValue().compareTo(check.objectiveValue()) == 0)
                        .mapToDouble(Report::seconds)
                        .findFirst()
                        .orElse(Math.min(seconds, lastReport + REPORT_INTERVAL_SECONDS));
        return new Outcome(check.objectiveValue(), check.feasible(), check.deferredMustComponentIds(), preparedSeconds,
                seconds, secondsToValue, discrepancies(roadmap, check, provenBound));
    }

    private static List<String> discrepancies(Roadmap roadmap, CheckReport check, BigDecimal provenBound) {
        List<String> discrepancies = new ArrayList<>();
        if (!check.feasible()) {
            discrepancies.add("infeasible roadmap: " + check.violations().size() + " broken hard rules, first "
                    + check.violations().get(0));
        }
        if (roadmap.feasible() != check.feasible()) {
            discrepancies.add("the solver calls the roadmap " + (roadmap.feasible() ? "feasible" : "infeasible")
                    + ", the checker finds " + check.violations().size() + " broken hard rules");
        }
        if (check.objectiveValue().compareTo(roadmap.objectiveValue()) != 0) {
            discrepancies.add("objective " + roadmap.objectiveValue().toPlainString() + ", the checker recomputes "
                    + check.objectiveValue().toPlainString());
        }
        if (provenBound != null && check.feasible() && check.deferredMustComponentIds().isEmpty()
                && check.objectiveValue().compareTo(provenBound) > 0) {
            discrepancies.add("objective " + check.objectiveValue().toPlainString() + " beyond the proven bound "
                    + provenBound.toPlainString());
        }
        return List.copyOf(discrepancies);
    }

    /** A better roadmap the solver reported while solving; complete if feasible with every {@code MUST} component. */
    private record Report(double seconds, BigDecimal objectiveValue, boolean complete) {
    }

    private static int deferredMust(Plan plan, Roadmap roadmap) {
        return (int) roadmap.assignments().stream()
                .filter(Assignment::deferred)
                .filter(a -> plan.componentsById().get(a.componentId()).isMust())
                .count();
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
