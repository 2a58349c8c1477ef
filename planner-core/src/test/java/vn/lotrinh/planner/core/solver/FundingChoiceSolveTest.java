package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.projection.CostProjector;
import vn.lotrinh.planner.core.projection.PeriodProjection;
import vn.lotrinh.planner.core.projection.ProjectionSettings;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.exact.ExactSettings;
import vn.lotrinh.planner.core.solver.explain.Fix;

/**
 * The solver chooses a component's funding among its {@code eligibleFunding} options, by each engine, so that the
 * caps fit and the objective is best. Limits are deterministic: score calculations, CP-SAT's deterministic time.
 */
class FundingChoiceSolveTest {

    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final RoadmapChecker CHECKER = new RoadmapChecker();

    /**
     * 2025–2027. The province's line NSDP has 100 a year, central support NSTW 60 in 2025 only, ODA 120 in 2026 only.
     * LGSP (100, NSDP fixed) fits only in NSDP. SOC (100) may be paid by NSDP, 50/50 NSDP and NSTW, or ODA; IOC (60) by
     * NSDP or NSTW. Best by value over time: LGSP and SOC and IOC all in 2025 cannot be (NSDP 100 a year), so LGSP
     * 2025 on NSDP, IOC 2025 on NSTW, SOC 2026 on ODA (or on NSDP 2026): everything in, at the earliest possible.
     */
    private static final String PLAN = """
            {
              "format": "roadmap-plan/1",
              "name": "Chọn nguồn vốn",
              "calendar": {"periodUnit": "YEAR", "start": "2025", "periods": 3},
              "fundingSources": [{"id": "NSDP", "name": "Ngân sách địa phương"},
                                 {"id": "NSTW", "name": "Ngân sách trung ương hỗ trợ"},
                                 {"id": "ODA", "name": "Vốn ODA"}],
              "budgets": [{"fundingSource": "NSDP", "period": "2025", "amount": 100},
                          {"fundingSource": "NSDP", "period": "2026", "amount": 100},
                          {"fundingSource": "NSDP", "period": "2027", "amount": 100},
                          {"fundingSource": "NSTW", "period": "2025", "amount": 60},
                          {"fundingSource": "NSTW", "period": "2026", "amount": 0},
                          {"fundingSource": "NSTW", "period": "2027", "amount": 0},
                          {"fundingSource": "ODA", "period": "2025", "amount": 0},
                          {"fundingSource": "ODA", "period": "2026", "amount": 120},
                          {"fundingSource": "ODA", "period": "2027", "amount": 0}],
              "components": [
                {"id": "LGSP", "name": "Nền tảng LGSP", "duration": 1, "value": 50, "capex": 100,
                 "funding": {"NSDP": 1.0}},
                {"id": "SOC", "name": "Trung tâm SOC", "duration": 1, "value": 40, "capex": 100,
                 "eligibleFunding": ["NSDP", {"NSDP": 0.5, "NSTW": 0.5}, "ODA"]},
                {"id": "IOC", "name": "Trung tâm IOC", "duration": 1, "value": 30, "capex": 60,
                 "eligibleFunding": ["NSDP", "NSTW"]}
              ]
            }
            """;

    @ParameterizedTest
    @EnumSource(names = {"HEURISTIC", "EXACT", "AUTO"})
    void paysEachComponentFromTheOptionThatLetsEverythingInAtTheEarliest(Engine engine) {
        Plan plan = new PlanReader().read(PLAN);

        Roadmap roadmap = SOLVER.solve(plan, SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, 20_000)
                .withEngine(engine).withExact(ExactSettings.defaults().withDeterministicTimeLimit(10)));

        assertThat(CHECKER.check(plan, roadmap).violations()).isEmpty();
        // LGSP 50 × 3 + IOC 30 × 3 + SOC 40 × 2 = 320: nothing better exists, SOC cannot join the others in 2025.
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo("320");
        Map<String, Assignment> byId = new HashMap<>();
        roadmap.assignments().forEach(assignment -> byId.put(assignment.componentId(), assignment));
        assertThat(byId.get("LGSP").fundingOption()).isNull();
        assertThat(byId.get("LGSP").funding()).isEqualTo(Map.of("NSDP", 1.0));
        assertThat(byId.get("IOC").start()).isZero();
        assertThat(byId.get("IOC").fundingOption()).isEqualTo(1);
        assertThat(byId.get("IOC").funding()).isEqualTo(Map.of("NSTW", 1.0));
        assertThat(byId.get("SOC").start()).isEqualTo(1);
        assertThat(byId.get("SOC").fundingOption()).isIn(0, 2);
        assertThat(roadmap.fundingChoices()).containsOnlyKeys("SOC", "IOC");
    }

    @ParameterizedTest
    @EnumSource(names = {"HEURISTIC", "EXACT"})
    void aComponentThatFitsOnlyOnAnotherLineIsPaidFromIt(Engine engine) {
        Plan plan = onlyOdaLeftIn2026();

        Roadmap roadmap = SOLVER.solve(plan, SolveOptions.ofScoreCalculations(Objective.MAX_VALUE, 20_000)
                .withEngine(engine).withExact(ExactSettings.defaults().withDeterministicTimeLimit(10)));

        // NSDP has 100 in 2025 only, which LGSP takes: SOC can only be paid by ODA in 2026, IOC by NSTW in 2025.
        assertThat(CHECKER.check(plan, roadmap).violations()).isEmpty();
        assertThat(roadmap.fundingChoices()).containsEntry("SOC", 2).containsEntry("IOC", 1);
        assertThat(roadmap.objectiveValue()).isEqualByComparingTo("120");
        // The projection spends as the roadmap chose: SOC's 100 on ODA in 2026, nothing on NSDP.
        PeriodProjection year2026 = new CostProjector().project(plan, roadmap, new ProjectionSettings(0, 0))
                .periods().get(1);
        assertThat(year2026.figures().byFundingSource().get("ODA").spend()).isEqualByComparingTo("100");
        assertThat(year2026.figures().byFundingSource().get("NSDP").spend()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @EnumSource(names = {"HEURISTIC", "EXACT"})
    void aPlanInfeasibleWithEveryFundingFixedIsSolvedFeasiblyWithTheChoice(Engine engine) {
        ObjectNode fixed = (ObjectNode) PlanReader.parse(PLAN);
        ((ObjectNode) fixed.get("budgets").get(1)).put("amount", 0);
        ObjectNode soc = (ObjectNode) fixed.get("components").get(1);
        soc.put("pinnedStart", "2026");
        ObjectNode choosing = soc.deepCopy();
        soc.remove("eligibleFunding");
        soc.set("funding", PlanReader.parse("{\"NSDP\": 1.0}"));
        SolveOptions options = SolveOptions.ofScoreCalculations(Objective.VALUE_OVER_TIME, 20_000).withEngine(engine)
                .withExact(ExactSettings.defaults().withDeterministicTimeLimit(10));

        Roadmap withFixedFunding = SOLVER.solve(new PlanReader().read(fixed), options);
        ((ArrayNode) fixed.get("components")).set(1, choosing);
        Roadmap withChoice = SOLVER.solve(new PlanReader().read(fixed), options);

        // SOC is pinned to 2026, where NSDP has nothing: only ODA can pay for it.
        assertThat(withFixedFunding.feasible()).isFalse();
        assertThat(withChoice.feasible()).isTrue();
        assertThat(withChoice.fundingChoices()).containsEntry("SOC", 2);
        assertThat(CHECKER.check(new PlanReader().read(fixed), withChoice).violations()).isEmpty();
    }

    @Test
    void aDeferredComponentThatFitsOnAnotherLineIsToldToBePaidFromIt() {
        Plan plan = onlyOdaLeftIn2026();
        Roadmap solved = SOLVER.solve(plan, SolveOptions.ofScoreCalculations(Objective.MAX_VALUE, 20_000)
                .withEngine(Engine.HEURISTIC));
        List<Assignment> withoutSoc = solved.assignments().stream()
                .map(a -> a.componentId().equals("SOC") ? Assignment.deferred("SOC", List.of()) : a).toList();
        Roadmap roadmap = new Roadmap(solved.objective(), solved.score(), true, solved.objectiveValue(), withoutSoc,
                List.of());

        Fix fix = SOLVER.explain(plan, roadmap).components().stream()
                .filter(component -> component.componentId().equals("SOC")).findFirst().orElseThrow().fix();

        assertThat(fix.kind()).isEqualTo(Fix.Kind.FUNDING);
        assertThat(fix.start()).isEqualTo("2026");
        assertThat(fix.funding()).isEqualTo(Map.of("ODA", 1.0));
        assertThat(fix.budgetIncreases()).isEmpty();
    }

    /** The plan with NSDP's 2026 and 2027 budgets at 0: after LGSP, SOC can only be paid by ODA, in 2026. */
    private static Plan onlyOdaLeftIn2026() {
        ObjectNode document = (ObjectNode) PlanReader.parse(PLAN);
        ((ObjectNode) document.get("budgets").get(1)).put("amount", 0);
        ((ObjectNode) document.get("budgets").get(2)).put("amount", 0);
        return new PlanReader().read(document);
    }
}
