package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.CapexEstimate;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.DependencyGraph;
import vn.lotrinh.planner.core.plan.Economics;
import vn.lotrinh.planner.core.plan.EstimateDistribution;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.Priority;

class PlanReaderTest {

    private final Plan plan = new PlanReader().read(ExamplePlan.document());

    private Component component(String id) {
        return plan.componentsById().get(id);
    }

    @Test
    void readsTheHeaderAndCalendar() {
        assertThat(plan.name()).isEqualTo("Ví dụ: Kiến trúc Chính quyền điện tử tỉnh 2.0 (rút gọn)");
        assertThat(plan.currency()).isEqualTo("VND");
        assertThat(plan.moneyUnit()).isEqualByComparingTo(BigDecimal.valueOf(1_000_000));
        assertThat(plan.calendar()).isEqualTo(new PlanCalendar(PeriodUnit.YEAR, 2021, 1, 5));
        assertThat(plan.horizon()).isEqualTo(5);
        assertThat(plan.calendar().label(4)).isEqualTo("2025");
    }

    @Test
    void readsPhasesAsPeriodIndexes() {
        assertThat(plan.phases()).containsExactly(
                new Phase("GD1", "Giai đoạn 2021–2022", 0, 1),
                new Phase("GD2", "Giai đoạn 2023–2025", 2, 4));
    }

    @Test
    void readsPeriodAndPhaseBudgetsInMilliUnits() {
        assertThat(plan.budgets()).hasSize(7);
        assertThat(plan.budgets().get(2)).isEqualTo(new Budget("NS_TINH", "2023", null, 2, 2, 22_000_000));
        assertThat(plan.budgets().get(5)).isEqualTo(new Budget("NS_TINH", null, "GD1", 0, 1, 28_000_000));
        assertThat(plan.budgets().get(6)).isEqualTo(new Budget("NS_TW", null, "GD2", 2, 4, 26_000_000));
    }

    @Test
    void letsACapacityForOnePeriodOverrideTheOneForEveryPeriod() {
        assertThat(plan.capacityMilli("STAFF", 0)).contains(4_000L);
        assertThat(plan.capacityMilli("STAFF", 3)).contains(6_000L);
    }

    @Test
    void spreadsLikelyCapexByTheProfile() {
        Component ttdl = component("TTDL");

        assertThat(ttdl.capex()).isEqualTo(new CapexEstimate(9_000_000, 12_000_000, 18_000_000));
        assertThat(ttdl.capexByOffsetMilli()).containsExactly(8_400_000L, 3_600_000L);
    }

    @Test
    void keepsInstalmentsSummingToLikelyCapexWhenTheProfileMissesOneWithinTheTolerance() {
        var doc = ExamplePlan.document();
        ((ObjectNode) doc.at("/components/0/capex")).put("likely", 1_000_000_000_000L).put("high", 1_000_000_000_000L);
        ((ObjectNode) doc.at("/components/0")).set("capexProfile", ExamplePlan.json("[0.7, 0.3000000009]"));

        Component ttdl = new PlanReader().read(doc).componentsById().get("TTDL");

        assertThat(ttdl.capexByOffsetMilli().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(ttdl.capex().likelyMilli());
    }

    @Test
    void spreadsCapexEvenlyWithoutAProfile() {
        assertThat(component("KDL").capexByOffsetMilli()).containsExactly(7_000_000L, 7_000_000L);
    }

    @Test
    void takesCapexByPeriodAsAnExactEstimate() {
        Component mcdt = component("MCDT");

        assertThat(mcdt.capex()).isEqualTo(CapexEstimate.exactly(9_000_000));
        assertThat(mcdt.capexByOffsetMilli()).containsExactly(9_000_000L);
    }

    @Test
    void putsUnfundedComponentsOnTheFirstFundingSource() {
        assertThat(component("TTDL").fundingShares()).isEqualTo(Map.of("NS_TINH", 1.0));
        assertThat(component("SOC").fundingShares()).isEqualTo(Map.of("NS_TINH", 0.5, "NS_TW", 0.5));
    }

    @Test
    void readsDependenciesWithTheirLag() {
        assertThat(component("LGSP").dependsOn()).containsExactly(new Dependency("TTDL", 0));
        assertThat(component("IOC").dependsOn()).containsExactly(new Dependency("KDL", 0), new Dependency("SOC", 0));
        assertThat(component("IOC").excludes()).containsExactly("IOC_THUE");
    }

    @Test
    void readsWindowsAndPinsAsPeriodIndexes() {
        assertThat(component("TTDL").pinnedStart()).isZero();
        assertThat(component("KDL").earliestStart()).isEqualTo(2);
        assertThat(component("LGSP").latestFinish()).isEqualTo(2);
        assertThat(component("SOC").pinnedStart()).isNull();
    }

    @Test
    void readsPriorityValueOpexAndDemand() {
        Component soc = component("SOC");

        assertThat(soc.priority()).isEqualTo(Priority.MUST);
        assertThat(soc.layer()).isEqualTo(Layer.SECURITY);
        assertThat(soc.value()).isEqualTo(50.0);
        assertThat(soc.opexPerPeriodMilli()).isEqualTo(1_500_000);
        assertThat(soc.demandMilli()).isEqualTo(Map.of("STAFF", 2_000L));
        assertThat(soc.durationPeriods()).isEqualTo(1);
    }

    @Test
    void linksEachComponentToItsPredecessorsInDependsOnOrder() {
        assertThat(plan.dependencies().predecessors(plan.indexOf("IOC")))
                .containsExactly(new Link(plan.indexOf("KDL"), 0), new Link(plan.indexOf("SOC"), 0));
    }

    @Test
    void boundsStartsByPredecessorsWindowsAndPins() {
        DependencyGraph graph = plan.dependencies();

        assertThat(graph.earliestStart(plan.indexOf("KDL"))).isEqualTo(3);
        assertThat(graph.latestStart(plan.indexOf("LGSP"))).isEqualTo(2);
        assertThat(graph.latestStart(plan.indexOf("TTDL"))).isZero();
    }

    @Test
    void findsComponentsByIdAtTheirPositionInThePlan() {
        assertThat(plan.indexOf("MCDT")).isEqualTo(3);
        assertThat(plan.indexOf("NOPE")).isEqualTo(-1);
    }

    @Test
    void readsEconomics() {
        assertThat(plan.economics())
                .isEqualTo(new Economics(2021, 0.04, 0.07, true, EstimateDistribution.PERT, 0.3));
    }

    @Test
    void defaultsEconomicsToTheCalendarsFirstYearWithoutRates() {
        var doc = ExamplePlan.document();
        doc.remove("economics");

        assertThat(new PlanReader().read(doc).economics())
                .isEqualTo(new Economics(2021, 0.0, 0.0, true, EstimateDistribution.PERT, 0.0));
    }

    @Test
    void refusesAnInvalidDocumentWithAllItsErrors() {
        var doc = ExamplePlan.document();
        doc.put("format", "roadmap-plan/9");
        doc.remove("name");

        assertThatThrownBy(() -> new PlanReader().read(doc))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.errors())
                        .extracting(PlanError::pointer)
                        .isEqualTo(List.of("/format", "/name")));
    }

    @Test
    void refusesMalformedJsonAtTheRootPointer() {
        assertThatThrownBy(() -> new PlanReader().read("{\"format\": "))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.pointer()).isEmpty();
                            assertThat(error.message().english()).startsWith("not valid JSON: ");
                        }));
    }
}
