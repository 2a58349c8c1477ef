package vn.lotrinh.planner.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Component;
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
 * Funding chosen by the solver (issue 16): generated plans whose components choose a third of the time among two or
 * three funding sources, each solved by OptaPlanner alone, CP-SAT alone and the portfolio, against the best bound
 * CP-SAT proves (its model chooses the funding too). Every roadmap is checked by {@link RoadmapChecker}. Writes
 * section {@code funding} of {@code docs/benchmarks.md}.
 */
@Tag("bench")
class FundingChoiceBenchmark {

    private static final MathContext PRECISION = new MathContext(6);

    private final RoadmapSolver solver = new RoadmapSolver();
    private final RoadmapChecker checker = new RoadmapChecker();
    private final List<String> discrepancies = new ArrayList<>();

    @Test
    void measuresTheHeuristicAgainstTheExactBoundWithFundingChosen() {
        BenchmarkReport report = BenchmarkReport.start(getClass());
        Duration limit = BenchProperties.seconds("timeLimitSeconds", Duration.ofSeconds(5));
        List<List<String>> rows = new ArrayList<>();
        for (int components : new int[] {30, 60, 100, 200}) {
            for (double share : new double[] {0, 1.0 / 3}) {
                GeneratorSettings settings = GeneratorSettings.builder().components(components)
                        .periods(PeriodUnit.YEAR, 8).fundingSources(3).resources(1).headroom(0.1)
                        .eligibleFundingShare(share).build();
                Plan plan = new PlanReader().read(new RandomPlanGenerator(settings).generate(components).document());
                for (Objective objective : List.of(Objective.VALUE_OVER_TIME, Objective.MAX_VALUE)) {
                    rows.add(row(plan, share > 0, objective, limit));
                }
            }
        }
        report.write("funding", "Funding chosen by the solver (issue 16)", "`RandomPlanGenerator` plans (seed = "
                + "size; 8 yearly periods, three funding sources with period and phase budgets, one staff resource, "
                + "headroom 0.1), each with every component's funding fixed and, from the same settings, with a third "
                + "of the components choosing among two or three sources (`eligibleFunding`); each engine for "
                + BenchmarkReport.seconds(limit.toMillis() / 1e3) + " (`new SolveOptions(objective, limit, limit, 2)`)."
                + " `bound` is the best bound CP-SAT proved (alone or in the portfolio); `gap` the heuristic's "
                + "distance to it, `(bound − value) ÷ value`.\n\n"
                + BenchmarkReport.table(List.of("plan", "choice", "objective", "HEURISTIC", "EXACT", "AUTO", "bound",
                        "gap of HEURISTIC"), rows) + "\n");
        assertThat(discrepancies).as("roadmaps the checker disputes").isEmpty();
    }

    private List<String> row(Plan plan, boolean choice, Objective objective, Duration limit) {
        List<String> row = new ArrayList<>(List.of(plan.components().size() + " × " + plan.horizon(),
                choice ? plan.components().stream().filter(Component::hasFundingChoice).count() + " choose" : "fixed",
                objective.name()));
        BigDecimal heuristic = null;
        BigDecimal bound = null;
        for (Engine engine : List.of(Engine.HEURISTIC, Engine.EXACT, Engine.AUTO)) {
            Roadmap roadmap = solver.solve(plan, new SolveOptions(objective, limit, limit, 2).withEngine(engine));
            CheckReport check = checker.check(plan, roadmap);
            if (!check.violations().isEmpty() || check.objectiveValue().compareTo(roadmap.objectiveValue()) != 0) {
                discrepancies.add(plan.name() + " " + engine + ": " + check.violations());
            }
            Optimality optimality = roadmap.optimality();
            if (optimality.bound() != null && (bound == null || optimality.bound().compareTo(bound) < 0)) {
                bound = optimality.bound();
            }
            if (engine == Engine.HEURISTIC) {
                heuristic = roadmap.objectiveValue();
            }
            row.add(roadmap.objectiveValue().toPlainString() + (optimality.isOptimal() ? " (optimal)" : ""));
        }
        row.add(bound == null ? "none" : bound.toPlainString());
        row.add(bound == null || heuristic.signum() == 0 ? "–" : BenchmarkReport.percent(
                100 * bound.subtract(heuristic).divide(heuristic.abs(), PRECISION).doubleValue()));
        System.out.println("funding-bench " + row);
        return row;
    }
}
