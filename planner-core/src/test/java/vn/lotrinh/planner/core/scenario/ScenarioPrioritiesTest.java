package vn.lotrinh.planner.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.InEnglish;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** Scenarios that judge pairs of criteria anew or rescore components: the derived plan weighs its values again. */
class ScenarioPrioritiesTest {

    private final JsonNode parentDocument = PlanReader.parse(TestFiles.read("data/sample-priorities.json"));
    private final Plan parent = new PlanReader().read(parentDocument);
    private final ScenarioDeriver deriver = new ScenarioDeriver();

    @Test
    void aNewJudgementReplacesThePairsComparisonAndTheValuesAreWeighedAgain() {
        // Citizen impact three times the legal mandate instead of equal, given the other way round.
        Plan plan = derive("""
                {"name": "Ưu tiên người dân", "comparisons": [{"a": "NGUOI_DAN", "b": "PHAP_LY", "ratio": 3}]}""")
                .plan();

        assertThat(plan.priorities().comparisons()).hasSameSizeAs(parent.priorities().comparisons());
        assertThat(plan.priorities().comparisons().get(0).a()).isEqualTo("NGUOI_DAN");
        assertThat(plan.priorities().weights().get("NGUOI_DAN"))
                .isGreaterThan(parent.priorities().weights().get("NGUOI_DAN"));
        assertThat(value(plan, "PAKN")).isGreaterThan(value(parent, "PAKN"));
        assertThat(value(plan, "SOC")).isLessThan(value(parent, "SOC"));
        assertThat(value(plan, "WIFI")).isEqualTo(3.5);
    }

    @Test
    void aComponentChangeMayRescoreAComponent() {
        Plan plan = derive("""
                {"name": "IOC sẵn sàng hơn", "componentChanges": [{"componentId": "IOC",
                  "scores": {"PHAP_LY": 3, "NGUOI_DAN": 6, "KHUNG": 6, "SAN_SANG": 9, "RUI_RO": 4}}]}""").plan();

        assertThat(value(plan, "IOC")).isGreaterThan(value(parent, "IOC"));
        assertThat(plan.priorities().weights()).isEqualTo(parent.priorities().weights());
    }

    @Test
    void badJudgementsAreRefusedEachAtItsPointer() {
        assertThatThrownBy(() -> derive("""
                {"name": "Sai", "comparisons": [{"a": "KHUNG", "b": "CHI_PHI", "ratio": 2},
                                                {"a": "KHUNG", "b": "KHUNG", "ratio": 2},
                                                {"a": "KHUNG", "b": "RUI_RO", "ratio": 20},
                                                {"a": "SAN_SANG", "b": "RUI_RO", "ratio": 2, "note": "x"},
                                                {"a": "RUI_RO", "b": "SAN_SANG", "ratio": 1}]}"""))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.errors())
                        .extracting(PlanError::pointer).containsExactly("/comparisons/0/b", "/comparisons/1/b",
                                "/comparisons/2/ratio", "/comparisons/3/note", "/comparisons/4"));
    }

    @Test
    void judgementsThatMakeTheMatrixInconsistentAreRefusedAtTheRequestsRatio() {
        assertThatThrownBy(() -> derive("""
                {"name": "Mâu thuẫn", "comparisons": [{"a": "RUI_RO", "b": "PHAP_LY", "ratio": 9}]}"""))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    assertThat(e.errors().get(0).pointer()).isEqualTo("/comparisons/0/ratio");
                    assertThat(e.errors().get(0).message().english())
                            .startsWith("the comparisons are too inconsistent");
                });
    }

    @Test
    void aPlanWithoutCriteriaHasNothingToJudge() {
        JsonNode sample = PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json"));

        assertThatThrownBy(() -> deriver.derive(sample, new PlanReader().read(sample), PlanReader.parse("""
                {"name": "x", "comparisons": [{"a": "A", "b": "B", "ratio": 2}]}""")))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(InEnglish.errors(e.errors()))
                        .containsExactly(InEnglish.error("/comparisons", "the plan has no criteria to compare")));
    }

    private DerivedScenario derive(String request) {
        return deriver.derive(parentDocument, parent, PlanReader.parse(request));
    }

    private static double value(Plan plan, String componentId) {
        return plan.componentsById().get(componentId).value();
    }
}
