package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.lotrinh.planner.core.plan.read.ExamplePlan.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Criterion;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Priorities;

/**
 * Criteria, comparisons and scores: {@code data/sample-priorities.json} reads with its values weighted from its scores,
 * and each test breaks one rule of it and expects exactly the error that names it.
 */
class PriorityRulesTest {

    static final String SAMPLE = "data/sample-priorities.json";

    private final ObjectNode doc = (ObjectNode) PlanReader.parse(TestFiles.read(SAMPLE));

    private List<PlanError> errors() {
        return InEnglish.errors(new PlanValidator().validate(doc));
    }

    private ObjectNode comparison(int index) {
        return (ObjectNode) doc.at("/comparisons/" + index);
    }

    private ObjectNode component(int index) {
        return (ObjectNode) doc.at("/components/" + index);
    }

    @Test
    void weighsTheCriteriaAndValuesEachComponentAtItsWeightedScore() {
        Plan plan = new PlanReader().read(doc);

        Priorities priorities = plan.priorities();
        assertThat(priorities.criteria().get(0))
                .isEqualTo(new Criterion("PHAP_LY", "Yêu cầu pháp lý bắt buộc", "Legal mandate"));
        assertThat(priorities.weights().keySet())
                .containsExactly("PHAP_LY", "NGUOI_DAN", "KHUNG", "SAN_SANG", "RUI_RO");
        assertThat(priorities.weights().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-12));
        assertThat(priorities.consistencyRatio()).isBetween(0.0, 0.1);
        Component lgsp = plan.components().get(0);
        double weighted = priorities.weights().get("PHAP_LY") * 9 + priorities.weights().get("NGUOI_DAN") * 8
                + priorities.weights().get("KHUNG") * 10 + priorities.weights().get("SAN_SANG") * 8
                + priorities.weights().get("RUI_RO") * 7;
        assertThat(lgsp.value()).isEqualTo(Math.round(weighted * 10_000) / 10_000.0);
        assertThat(priorities.weightedScore("LGSP")).isCloseTo(weighted, within(1e-12));
    }

    @Test
    void anExplicitValueWinsOverScores() {
        component(0).put("value", 42);

        Plan plan = new PlanReader().read(doc);

        assertThat(plan.components().get(0).value()).isEqualTo(42);
        assertThat(plan.priorities().explicitValues()).containsExactlyInAnyOrder("LGSP", "WIFI");
        assertThat(plan.priorities().scores()).containsKey("LGSP").doesNotContainKey("WIFI");
        assertThat(plan.components().get(12).value()).isEqualTo(3.5);
    }

    @Test
    void aPlanWithoutCriteriaHasNoPrioritiesAndTheDefaultValue() {
        doc.remove(List.of("criteria", "comparisons"));
        for (int i = 0; i < doc.get("components").size(); i++) {
            component(i).remove("scores");
        }

        Plan plan = new PlanReader().read(doc);

        assertThat(plan.priorities()).isEqualTo(Priorities.NONE);
        assertThat(plan.components().get(0).value()).isEqualTo(1.0);
    }

    @Test
    void emptyCriteriaAndComparisonsAreNoCriteria() {
        doc.remove(List.of("criteria", "comparisons"));
        doc.putArray("criteria");
        doc.putArray("comparisons");
        for (int i = 0; i < doc.get("components").size(); i++) {
            component(i).remove("scores");
        }

        assertThat(new PlanReader().read(doc).priorities()).isEqualTo(Priorities.NONE);
    }

    @Test
    void aMissingPairIsAnErrorAtTheComparisonsNamingBothCriteria() {
        ((ArrayNode) doc.get("comparisons")).remove(9);

        assertThat(errors()).containsExactly(InEnglish.error("/comparisons", "criteria \"SAN_SANG\" and \"RUI_RO\""
                + " are not compared: each pair of the 5 criteria is compared once, 10 comparisons in all"));
    }

    @Test
    void aRepeatedPairIsAnErrorEvenTheOtherWayRound() {
        ((ArrayNode) doc.get("comparisons")).add(json("{\"a\": \"RUI_RO\", \"b\": \"SAN_SANG\", \"ratio\": 1}"));

        assertThat(errors()).containsExactly(InEnglish.error("/comparisons/10", "comparison: \"RUI_RO\" and"
                + " \"SAN_SANG\" are already compared at /comparisons/9: each pair of criteria is compared once"));
    }

    @Test
    void aCriterionComparedWithItselfIsAnErrorAtB() {
        comparison(3).put("b", "PHAP_LY");

        assertThat(errors()).containsExactly(
                InEnglish.error("/comparisons/3/b", "comparison: compares \"PHAP_LY\" with itself: a comparison names"
                        + " two different criteria"),
                InEnglish.error("/comparisons", "criteria \"PHAP_LY\" and \"RUI_RO\" are not compared: each pair of"
                        + " the 5 criteria is compared once, 10 comparisons in all"));
    }

    @Test
    void anUnknownCriterionIsAnErrorListingTheKnownOnes() {
        comparison(3).put("b", "CHI_PHI");

        assertThat(errors()).first().isEqualTo(InEnglish.error("/comparisons/3/b", "comparison: b names \"CHI_PHI\","
                + " which is not one of the plan's criteria (PHAP_LY, NGUOI_DAN, KHUNG, SAN_SANG, RUI_RO)"));
    }

    @Test
    void aRatioOffSaatysScaleIsAnError() {
        comparison(1).put("ratio", 12);

        assertThat(errors()).containsExactly(InEnglish.error("/comparisons/1/ratio",
                "comparison: ratio must be a ratio from 1/9 (0.111) to 9 on Saaty's scale, found 12"));
    }

    @Test
    void anInconsistentMatrixIsRefusedAtTheComparisonThatContradictsTheOthers() {
        // PHAP_LY = NGUOI_DAN and both are 4 × RUI_RO: "RUI_RO is 4 times PHAP_LY" contradicts the rest.
        comparison(3).put("ratio", 0.25);

        List<PlanError> errors = errors();

        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.message().english())
                .startsWith("the comparisons are too inconsistent to weigh the criteria: consistency ratio"));
        assertThat(errors.get(0).pointer()).isEqualTo("/comparisons/3/ratio");
        assertThat(errors.get(0).message().english()).contains("comparing \"PHAP_LY\" with \"RUI_RO\" at 0.25")
                .contains("would agree with the other comparisons (on Saaty's scale: 4)");
    }

    @Test
    void moreThanTenCriteriaAreAnError() {
        ArrayNode criteria = doc.putArray("criteria");
        for (int i = 0; i < 11; i++) {
            criteria.add(json("{\"id\": \"C" + i + "\", \"name\": \"Tiêu chí " + i + "\"}"));
        }

        assertThat(errors()).first().isEqualTo(InEnglish.error("/criteria",
                "the plan has 11 criteria: at most 10 are allowed, the sizes Saaty's random index is tabled for"));
    }

    @Test
    void aComponentWithNeitherScoresNorValueIsAnErrorAtItsScores() {
        component(4).remove("scores");

        assertThat(errors()).containsExactly(InEnglish.error("/components/4/scores", "component \"SOC\": scores is"
                + " missing: in a plan with criteria a component gives a score from 0 to 10 for every criterion,"
                + " or its value"));
    }

    @Test
    void scoresMustCoverEveryCriterionAndNameNoOther() {
        ObjectNode scores = (ObjectNode) component(1).get("scores");
        scores.remove("RUI_RO");
        scores.put("CHI_PHI", 5);

        assertThat(errors()).containsExactly(
                InEnglish.error("/components/1/scores/CHI_PHI", "component \"MCDT\": scores names \"CHI_PHI\", which"
                        + " is not one of the plan's criteria (PHAP_LY, NGUOI_DAN, KHUNG, SAN_SANG, RUI_RO)"),
                InEnglish.error("/components/1/scores", "component \"MCDT\": scores gives no score for \"RUI_RO\":"
                        + " score every criterion from 0 to 10"));
    }

    @Test
    void aScoreAboveTenIsAnError() {
        ((ObjectNode) component(2).get("scores")).put("KHUNG", 11);

        assertThat(errors()).containsExactly(InEnglish.error("/components/2/scores/KHUNG",
                "component \"CONG_DVC\": score for \"KHUNG\" must be a score from 0 to 10, found 11"));
    }

    @Test
    void scoresWithoutCriteriaAreAnError() {
        doc.remove(List.of("criteria", "comparisons"));

        assertThat(errors()).first().isEqualTo(InEnglish.error("/components/0/scores", "component \"LGSP\": scores"
                + " scores the components against criteria, but the plan has none: give criteria, or leave scores"
                + " out"));
    }

    @Test
    void comparisonsWithoutCriteriaAreAnError() {
        doc.remove("criteria");
        for (int i = 0; i < doc.get("components").size(); i++) {
            component(i).remove("scores");
        }

        assertThat(errors()).containsExactly(InEnglish.error("/comparisons", "comparisons compare criteria, but the"
                + " plan has none: give criteria, or leave comparisons out"));
    }
}
