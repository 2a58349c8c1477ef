package vn.lotrinh.planner.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.SampleRoadmap;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.Change;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.ComponentDifference;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.PeriodSpend;
import vn.lotrinh.planner.core.scenario.RoadmapComparison.SourceSpend;
import vn.lotrinh.planner.core.solver.RoadmapSolver;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * The sample plan against its scenario with a 20 % cut of local development investment in 2024: the plain roadmap
 * spends 46,550 of it there, more than the 44,800 the cut leaves.
 */
class RoadmapComparerTest {

    private static final SolveOptions OPTIONS = SampleRoadmap.OPTIONS;
    private static final JsonNode SAMPLE_DOCUMENT = PlanReader.parse(TestFiles.read(SampleRoadmap.FILE));
    private static final Plan SAMPLE = new PlanReader().read(SAMPLE_DOCUMENT);
    private static final Plan CUT = new ScenarioDeriver().derive(SAMPLE_DOCUMENT, SAMPLE, PlanReader.parse("""
            {"name": "Cắt 20 % vốn đầu tư phát triển 2024",
             "budgetChanges": [{"fundingSource": "NSDP_DTC", "period": "2024", "scale": 0.8}]}""")).plan();
    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final Roadmap BEFORE = SampleRoadmap.valueOverTime();
    private static final Roadmap AFTER = SOLVER.solve(CUT, OPTIONS);

    private final RoadmapComparison comparison = new RoadmapComparer().compare(SAMPLE, BEFORE, CUT, AFTER);

    @Test
    void namesExactlyTheComponentsWhoseStartDiffers() {
        Set<String> differing = SAMPLE.components().stream()
                .map(c -> c.id())
                .filter(id -> !Objects.equals(BEFORE.starts().get(id), AFTER.starts().get(id)))
                .collect(Collectors.toSet());

        Set<String> named = comparison.components().stream()
                .filter(c -> c.change() == Change.MOVED || c.change() == Change.NEWLY_DEFERRED
                        || c.change() == Change.NEWLY_SCHEDULED)
                .map(ComponentDifference::componentId)
                .collect(Collectors.toSet());
        assertThat(differing).isNotEmpty();
        assertThat(named).isEqualTo(differing);
        assertThat(comparison.of(Change.UNCHANGED).size() + comparison.of(Change.DEFERRED_IN_BOTH).size())
                .isEqualTo(SAMPLE.components().size() - differing.size());
    }

    @Test
    void aMovedComponentSaysFromWhereToWhereAndANewlyDeferredOneWhy() {
        Map<String, Integer> before = BEFORE.starts();
        Map<String, Integer> after = AFTER.starts();
        assertThat(comparison.of(Change.MOVED)).allSatisfy(moved -> {
            assertThat(moved.startA()).isEqualTo(SAMPLE.calendar().label(before.get(moved.componentId())));
            assertThat(moved.startB()).isEqualTo(CUT.calendar().label(after.get(moved.componentId())));
            assertThat(moved.shiftPeriods()).isEqualTo(after.get(moved.componentId()) - before.get(moved.componentId()));
        });
        assertThat(comparison.of(Change.NEWLY_DEFERRED)).allSatisfy(deferred -> {
            assertThat(deferred.startB()).isNull();
            assertThat(deferred.reasonsB()).isNotEmpty();
        });
    }

    @Test
    void theCutYearSpendsNoMoreThanItsNewCapAndTheObjectivesDifferByWhatEachRoadmapIsWorth() {
        PeriodSpend year2024 = comparison.spend().stream().filter(p -> p.period().equals("2024")).findFirst()
                .orElseThrow();
        SourceSpend investment = year2024.fundingSources().stream()
                .filter(s -> s.fundingSource().equals("NSDP_DTC")).findFirst().orElseThrow();

        assertThat(investment.spendB()).isLessThanOrEqualTo(new BigDecimal("44800"));
        assertThat(investment.spendA()).isGreaterThan(new BigDecimal("44800"));
        assertThat(investment.difference()).isEqualByComparingTo(investment.spendB().subtract(investment.spendA()));
        assertThat(year2024.totalA()).isEqualByComparingTo(year2024.fundingSources().stream()
                .map(SourceSpend::spendA).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(comparison.objectiveValueA()).isEqualByComparingTo(BEFORE.objectiveValue());
        assertThat(comparison.objectiveValueB()).isEqualByComparingTo(AFTER.objectiveValue());
        assertThat(comparison.difference())
                .isEqualByComparingTo(AFTER.objectiveValue().subtract(BEFORE.objectiveValue()));
    }

    @Test
    void componentsOfOnlyOnePlanAreNamedAsSuch() {
        Plan without = new ScenarioDeriver().derive(SAMPLE_DOCUMENT, SAMPLE,
                PlanReader.parse("{\"name\": \"Không IOC\", \"remove\": [\"IOC\"]}")).plan();

        RoadmapComparison withAndWithout = new RoadmapComparer().compare(SAMPLE, BEFORE, without,
                SOLVER.solve(without, OPTIONS));

        assertThat(withAndWithout.of(Change.ONLY_IN_A)).extracting(ComponentDifference::componentId)
                .containsExactly("IOC");
        assertThat(withAndWithout.of(Change.ONLY_IN_B)).isEmpty();
    }

    @Test
    void plansInDifferentCurrenciesCannotBeCompared() {
        Plan dollars = new PlanReader().read(TestFiles.read("data/vinh-phuc-egov-2.0.json")
                .replace("\"currency\": \"VND\"", "\"currency\": \"USD\""));

        assertThatThrownBy(() -> new RoadmapComparer().compare(SAMPLE, BEFORE, dollars, BEFORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currencies");
    }
}
