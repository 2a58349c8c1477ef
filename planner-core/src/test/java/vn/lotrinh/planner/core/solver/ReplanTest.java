package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lotrinh.planner.core.SampleRoadmap;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.exact.CpSatReference;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Change;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.scenario.ScenarioDeriver;

class ReplanTest {

    private static final SolveOptions OPTIONS = SampleRoadmap.OPTIONS;
    private static final RoadmapSolver SOLVER = new RoadmapSolver();
    private static final JsonNode SAMPLE_DOCUMENT = PlanReader.parse(TestFiles.read(SampleRoadmap.FILE));
    private static final Plan SAMPLE = new PlanReader().read(SAMPLE_DOCUMENT);
    /** The sample plan with local development investment cut by 20 % in 2024, where its roadmap spends more. */
    private static final Plan CUT = cut(SAMPLE_DOCUMENT, SAMPLE, "NSDP_DTC", "2024");
    private static final Roadmap BASELINE = SampleRoadmap.valueOverTime();

    @Test
    void anUnchangedPlanReplannedWithTheDefaultStabilityKeepsTheBaseline() {
        Roadmap replanned = SOLVER.replan(SAMPLE, baseline(BASELINE, null, Baseline.DEFAULT_STABILITY), OPTIONS);

        assertThat(replanned.starts()).isEqualTo(BASELINE.starts());
        assertThat(replanned.changes()).isEmpty();
    }

    @Test
    void whatStartedBeforeAsOfStaysWhereItIs() {
        int asOf = SAMPLE.calendar().indexInHorizon("2023").orElseThrow();

        Roadmap replanned = SOLVER.replan(CUT, baseline(BASELINE, asOf, BigDecimal.ZERO), OPTIONS);

        BASELINE.starts().forEach((id, start) -> {
            if (start != null && start < asOf) {
                assertThat(replanned.starts().get(id)).as(id).isEqualTo(start);
            }
        });
        assertThat(new RoadmapChecker().check(CUT, replanned).violations()).isEmpty();
    }

    @Test
    void theChangesSayWhatMovedFromWhereToWhereAndWhy() {
        Roadmap replanned = SOLVER.replan(CUT, baseline(BASELINE, null, Baseline.DEFAULT_STABILITY), OPTIONS);

        Map<String, Integer> before = BASELINE.starts();
        Map<String, Integer> after = replanned.starts();
        List<String> differing = SAMPLE.components().stream().map(c -> c.id())
                .filter(id -> !Objects.equals(before.get(id), after.get(id))).toList();
        assertThat(differing).isNotEmpty();
        assertThat(replanned.changes()).extracting(Change::componentId).containsExactlyElementsOf(differing);
        for (Change change : replanned.changes()) {
            assertThat(change.from()).isEqualTo(label(before.get(change.componentId())));
            assertThat(change.to()).isEqualTo(label(after.get(change.componentId())));
            assertThat(change.kind()).isEqualTo(after.get(change.componentId()) == null ? Change.Kind.DEFERRED
                    : before.get(change.componentId()) == null ? Change.Kind.SCHEDULED : Change.Kind.MOVED);
            assertThat(change.reason().english()).isNotBlank();
            assertThat(change.reason().vietnamese()).isNotBlank();
        }
        assertThat(replanned.changes()).anySatisfy(change -> {
            assertThat(change.reason().english()).contains("now breaks budget NSDP_DTC 2024");
            assertThat(change.reason().vietnamese()).contains("nay sẽ vi phạm ngân sách NSDP_DTC 2024");
        });
    }

    /** The two years whose local development investment the sample's roadmap spends most of (46,550 and 40,300). */
    @ParameterizedTest(name = "NSDP_DTC {0}")
    @ValueSource(strings = {"2024", "2022"})
    void afterACutARepairChangesTheBaselineNoMoreThanAnExactSolverMust(String year) {
        Plan cut = cut(SAMPLE_DOCUMENT, SAMPLE, "NSDP_DTC", year);
        Long least = new CpSatReference().leastChangeFrom(cut, BASELINE.starts(), Duration.ofSeconds(30));

        Roadmap repaired = SOLVER.replan(cut, baseline(BASELINE, null, new BigDecimal(1000)), OPTIONS);

        CheckReport report = new RoadmapChecker().check(cut, repaired);
        assertThat(report.violations()).isEmpty();
        assertThat(report.deferredMustComponentIds()).isEmpty();
        assertThat(least).as("CP-SAT's proven least change").isNotNull().isPositive();
        assertThat(changeCost(cut, BASELINE.starts(), repaired.starts())).isLessThanOrEqualTo(least);
    }

    /** The periods each baseline component moved, or the horizon for one deferred. */
    private static long changeCost(Plan plan, Map<String, Integer> baseline, Map<String, Integer> starts) {
        long cost = 0;
        for (Map.Entry<String, Integer> entry : baseline.entrySet()) {
            if (entry.getValue() != null) {
                Integer now = starts.get(entry.getKey());
                cost += now == null ? plan.horizon() : Math.abs(now - entry.getValue());
            }
        }
        return cost;
    }

    private static Baseline baseline(Roadmap roadmap, Integer asOf, BigDecimal stability) {
        return new Baseline(new HashMap<>(roadmap.starts()), asOf, stability);
    }

    private static Plan cut(JsonNode document, Plan plan, String fundingSource, String period) {
        return new ScenarioDeriver().derive(document, plan, PlanReader.parse("{\"name\": \"Cắt\", \"budgetChanges\": "
                + "[{\"fundingSource\": \"" + fundingSource + "\", \"period\": \"" + period + "\", \"scale\": 0.8}]}"))
                .plan();
    }

    private static String label(Integer start) {
        return start == null ? null : SAMPLE.calendar().label(start);
    }
}
