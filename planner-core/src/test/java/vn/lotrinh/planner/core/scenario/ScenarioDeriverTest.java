package vn.lotrinh.planner.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.scenario.DerivedScenario.RemovedDependency;

class ScenarioDeriverTest {

    private final JsonNode sampleDocument = PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json"));
    private final Plan sample = new PlanReader().read(sampleDocument);
    private final ScenarioDeriver deriver = new ScenarioDeriver();

    @Test
    void aCutOfOneBudgetLineInOneYearChangesThatBudgetAlone() {
        DerivedScenario scenario = derive("""
                {"name": "Cắt 20 % vốn đầu tư phát triển 2023",
                 "budgetChanges": [{"fundingSource": "NSDP_DTC", "period": "2023", "scale": 0.8}]}""");

        assertThat(amountOf(scenario.plan(), "NSDP_DTC", "2023")).isEqualByComparingTo("44800");
        assertThat(scenario.plan().budgets()).hasSameSizeAs(sample.budgets());
        for (Budget budget : sample.budgets()) {
            if (!budget.describe().equals("NSDP_DTC 2023")) {
                assertThat(scenario.plan().budgets()).contains(budget);
            }
        }
        assertThat(scenario.plan().name()).isEqualTo("Cắt 20 % vốn đầu tư phát triển 2023");
        assertThat(scenario.plan().components()).isEqualTo(sample.components());
    }

    @Test
    void aComponentChangeMayLetTheSolverChooseItsFundingOrFixItAgain() {
        Plan choosing = derive("""
                {"name": "SOC: ngân sách hoặc thuê dịch vụ",
                 "componentChanges": [{"componentId": "SOC", "eligibleFunding": ["NSDP_DTC", "XHH_THUE_DV"]}]}""")
                .plan();
        Component soc = choosing.componentsById().get("SOC");

        assertThat(soc.hasFundingChoice()).isTrue();
        assertThat(soc.fundingOptions()).containsExactly(Map.of("NSDP_DTC", 1.0),
                Map.of("XHH_THUE_DV", 1.0));
        assertThat(sample.componentsById().get("SOC").hasFundingChoice()).isFalse();
    }

    @Test
    void aBudgetScaleScalesEveryBudgetOrEachNamedLine() {
        Plan everything = derive("{\"name\": \"−10 %\", \"budgetScale\": 0.9}").plan();
        Plan oneLine = derive("{\"name\": \"NSTW +50 %\", \"budgetScale\": {\"NSTW\": 1.5}}").plan();

        assertThat(amountOf(everything, "NSDP_DTC", "2021")).isEqualByComparingTo("44100");
        assertThat(amountOf(everything, "XHH_THUE_DV", "GD2")).isEqualByComparingTo("21600");
        assertThat(amountOf(oneLine, "NSTW", "2023")).isEqualByComparingTo("6000");
        assertThat(amountOf(oneLine, "NSDP_DTC", "2021")).isEqualByComparingTo("49000");
    }

    @Test
    void budgetChangesSetAddOrAddToAmountsAndAddACapWhereNoneIs() {
        Plan plan = derive("""
                {"name": "Thay đổi ngân sách", "budgetScale": 0.5,
                 "budgetChanges": [{"fundingSource": "NSTW", "amount": 5000},
                                   {"fundingSource": "NSDP_TX", "period": "2021", "delta": -500},
                                   {"fundingSource": "XHH_THUE_DV", "period": "2024", "amount": 3000}]}""").plan();

        assertThat(amountOf(plan, "NSTW", "2021")).isEqualByComparingTo("5000");
        assertThat(amountOf(plan, "NSTW", "2025")).isEqualByComparingTo("5000");
        assertThat(amountOf(plan, "NSDP_TX", "2021")).isEqualByComparingTo("4750");
        assertThat(amountOf(plan, "XHH_THUE_DV", "2024")).isEqualByComparingTo("3000");
        assertThat(plan.budgets()).hasSize(sample.budgets().size() + 1);
    }

    @Test
    void capacityChangesChangeACapacityOrGiveOnePeriodItsOwn() {
        Plan plan = derive("""
                {"name": "Thêm cán bộ 2024", "capacityChanges": [{"resource": "STAFF", "period": "2024", "delta": 3}]}""")
                .plan();

        long general = sample.capacities().stream().filter(c -> c.period() == null).findFirst().orElseThrow()
                .amountMilli();
        assertThat(plan.capacityMilli("STAFF", 3)).hasValue(general + Money.toMilli(new BigDecimal("3")));
        assertThat(plan.capacityMilli("STAFF", 2)).isEqualTo(sample.capacityMilli("STAFF", 2));
    }

    @Test
    void componentChangesPatchMembersAndNullRemovesOne() {
        Plan plan = derive("""
                {"name": "IOC bắt buộc", "componentChanges": [
                  {"componentId": "IOC", "priority": "MUST", "value": 99},
                  {"componentId": "ARCH_V3", "earliestStart": null, "duration": 2}]}""").plan();

        Component ioc = plan.componentsById().get("IOC");
        Component architecture = plan.componentsById().get("ARCH_V3");
        assertThat(ioc.priority()).isEqualTo(Priority.MUST);
        assertThat(ioc.value()).isEqualTo(99.0);
        assertThat(architecture.earliestStart()).isNull();
        assertThat(architecture.durationPeriods()).isEqualTo(2);
        assertThat(architecture.capex()).isEqualTo(sample.componentsById().get("ARCH_V3").capex());
    }

    @Test
    void removingAComponentTakesTheDependenciesOnItAlongAndSaysWhich() {
        DerivedScenario scenario = derive("{\"name\": \"Không kho dữ liệu\", \"remove\": [\"DATA_WAREHOUSE\"]}");

        assertThat(scenario.plan().componentsById()).doesNotContainKey("DATA_WAREHOUSE");
        assertThat(scenario.plan().components()).hasSize(sample.components().size() - 1);
        assertThat(scenario.removedDependencies()).extracting(RemovedDependency::componentId)
                .containsExactly("OPEN_DATA", "IOC", "BIGDATA_AI", "LGSP_UPGRADE", "DATA_PROTECT");
        assertThat(scenario.removedDependencies()).allSatisfy(removed ->
                assertThat(removed.dependedOn()).isEqualTo("DATA_WAREHOUSE"));
        assertThat(scenario.plan().componentsById().get("IOC").dependsOn())
                .noneMatch(dependency -> dependency.predecessorId().equals("DATA_WAREHOUSE"));
    }

    @Test
    void removingAnOlderSystemLeavesItsUpgradeReplacingNothing() {
        DerivedScenario scenario = derive("{\"name\": \"Không LGSP cũ\", \"remove\": [\"LGSP\"]}");

        assertThat(sample.componentsById().get("LGSP_UPGRADE").capabilities().replaces()).containsExactly("LGSP");
        assertThat(scenario.plan().componentsById().get("LGSP_UPGRADE").capabilities().replaces()).isEmpty();
    }

    @Test
    void membersThePlanFormatDoesNotNameAreKept() {
        JsonNode parent = PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json").replaceFirst("\\{",
                "{\"x-nguon\": \"Sở TT&TT\","));

        DerivedScenario scenario = deriver.derive(parent, sample, PlanReader.parse("{\"name\": \"Giữ nguyên\"}"));

        assertThat(scenario.document().get("x-nguon").asText()).isEqualTo("Sở TT&TT");
    }

    @Test
    void aBadRecipeIsRefusedWithEveryErrorPointingIntoTheRequest() {
        assertThatThrownBy(() -> derive("""
                {"name": "Sai", "budgetScale": {"ODA": 0.5}, "colour": "red",
                 "budgetChanges": [{"fundingSource": "NSDP_DTC", "period": "2030", "scale": 0.8},
                                   {"fundingSource": "NSTW", "scale": 0.8, "amount": 1},
                                   {"fundingSource": "NSTW", "period": "2021", "delta": -9000}],
                 "componentChanges": [{"componentId": "IOC", "duration": 0},
                                      {"componentId": "KHONG_CO", "value": 1}],
                 "remove": ["LGSP", "LGSP"]}"""))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.errors())
                        .extracting(PlanError::pointer)
                        .containsExactlyInAnyOrder("/colour", "/budgetScale/ODA", "/remove/1",
                                "/componentChanges/1/componentId", "/budgetChanges/0/period", "/budgetChanges/1"));
    }

    @Test
    void whatTheDerivedPlanBreaksPointsAtTheChangeThatBrokeIt() {
        assertThatThrownBy(() -> derive("""
                {"name": "Sai", "componentChanges": [{"componentId": "IOC", "duration": 0},
                                                     {"componentId": "ARCH_V3", "capex": {"low": 5, "likely": 1, "high": 9}}],
                 "budgetChanges": [{"fundingSource": "NSTW", "period": "2021", "delta": -9000}]}"""))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.errors())
                        .extracting(PlanError::pointer)
                        .containsExactlyInAnyOrder("/budgetChanges/0/delta", "/componentChanges/0/duration",
                                "/componentChanges/1/capex"));
    }

    @Test
    void aChangeThatMatchesNoBudgetAndAddsNoneIsAnError() {
        assertThatThrownBy(() -> derive("""
                {"name": "Sai", "budgetChanges": [{"fundingSource": "XHH_THUE_DV", "period": "2023", "scale": 2}]}"""))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.errors())
                        .extracting(PlanError::pointer, error -> error.message().english())
                        .containsExactly(tuple("/budgetChanges/0", "matches no budget of the plan; to add one,"
                                + " give fundingSource, period or phase, and amount")));
    }

    private DerivedScenario derive(String request) {
        return deriver.derive(sampleDocument, sample, PlanReader.parse(request));
    }

    private static BigDecimal amountOf(Plan plan, String fundingSource, String periodOrPhase) {
        Optional<Budget> budget = plan.budgets().stream()
                .filter(b -> b.describe().equals(fundingSource + " " + periodOrPhase)).findFirst();
        return Money.toUnits(budget.orElseThrow().amountMilli());
    }
}
