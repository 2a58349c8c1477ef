package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.core.plan.read.ExamplePlan.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Capabilities;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The framework members: a plan's {@code framework} and its components' {@code delivers}, {@code connects} and
 * {@code replaces}. Each test breaks one rule in the shared example plan and expects exactly the error that names it.
 */
class CapabilityRulesTest {

    private final ObjectNode doc = ExamplePlan.document();

    private List<PlanError> errors() {
        return InEnglish.errors(new PlanValidator().validate(doc));
    }

    private ObjectNode component(int index) {
        return (ObjectNode) doc.at("/components/" + index);
    }

    private String id(int index) {
        return component(index).get("id").asText();
    }

    @Test
    void aPlanThatNamesNoCatalogueUsesTheNationalFrameworkAndItsComponentsKeepTheirCapabilities() {
        component(0).set("delivers", json("[\"FW_LGSP\"]"));
        component(0).set("connects", json("[\"FW_NDXP\", \"FW_VNEID\"]"));
        component(1).set("replaces", json("[\"" + id(0) + "\"]"));

        Plan plan = new PlanReader().read(doc);

        assertThat(plan.framework().id()).isEqualTo(Catalogues.DEFAULT_ID);
        assertThat(plan.components().get(0).capabilities())
                .isEqualTo(new Capabilities(List.of("FW_LGSP"), List.of("FW_NDXP", "FW_VNEID"), List.of()));
        assertThat(plan.components().get(1).capabilities().replaces()).containsExactly(id(0));
        assertThat(plan.components().get(2).capabilities()).isEqualTo(Capabilities.NONE);
    }

    @Test
    void anUnknownCatalogueIsAnErrorThatListsTheKnownOnes() {
        doc.put("framework", "khung-9.0");

        assertThat(errors()).containsExactly(InEnglish.error("/framework",
                "framework names the catalogue \"khung-9.0\", which the planner does not have (khung-2.0)"));
    }

    @Test
    void aCodeOutsideTheCatalogueIsAnErrorNamingTheCatalogue() {
        component(0).set("delivers", json("[\"FW_LGSP\", \"FW_KHONG_CO\"]"));

        assertThat(errors()).containsExactly(InEnglish.error("/components/0/delivers/1", "component \"" + id(0)
                + "\": delivers names \"FW_KHONG_CO\", which is not a component of the framework catalogue khung-2.0"));
    }

    @Test
    void aCodeNamedTwiceIsAnError() {
        component(0).set("connects", json("[\"FW_VNEID\", \"FW_VNEID\"]"));

        assertThat(errors()).containsExactly(InEnglish.error("/components/0/connects/1",
                "component \"" + id(0) + "\": connects names \"FW_VNEID\" twice"));
    }

    @Test
    void capabilitiesMustBeListsOfText() {
        component(0).put("delivers", "FW_LGSP");
        component(1).set("connects", json("[7]"));

        assertThat(errors()).extracting(PlanError::pointer)
                .containsExactly("/components/0/delivers", "/components/1/connects/0");
    }

    @Test
    void aComponentReplacesAnotherComponentOfThePlan() {
        component(0).set("replaces", json("[\"HE_THONG_CU\", \"" + id(0) + "\"]"));

        assertThat(errors()).containsExactly(
                InEnglish.error("/components/0/replaces/0", "component \"" + id(0)
                        + "\" replaces \"HE_THONG_CU\", which is not a component of this plan"),
                InEnglish.error("/components/0/replaces/1", "component \"" + id(0) + "\" cannot replace itself"));
    }

    @Test
    void twoComponentsCannotReplaceEachOther() {
        component(0).set("replaces", json("[\"" + id(1) + "\"]"));
        component(1).set("replaces", json("[\"" + id(0) + "\"]"));

        assertThat(errors()).containsExactly(InEnglish.error("/components/1/replaces/0", "component \"" + id(1)
                + "\" replaces \"" + id(0) + "\", which replaces it in turn: one of them is the upgrade"));
    }

    @Test
    void replacementsCannotFormALongerCycleEither() {
        component(0).set("replaces", json("[\"" + id(1) + "\"]"));
        component(1).set("replaces", json("[\"" + id(2) + "\"]"));
        component(2).set("replaces", json("[\"" + id(0) + "\"]"));

        assertThat(errors()).containsExactly(InEnglish.error("/components/2/replaces/0", "component \"" + id(2)
                + "\" replaces \"" + id(0) + "\", which replaces it in turn: one of them is the upgrade"));
    }

    @Test
    void theFrameworkPreferenceIsReadAndDefaultsToNone() {
        assertThat(new PlanReader().read(doc).frameworkPreference()).isZero();

        doc.put("frameworkPreference", 2.5);

        assertThat(new PlanReader().read(doc).frameworkPreference()).isEqualByComparingTo("2.5");
    }

    @Test
    void aNegativeFrameworkPreferenceIsAnError() {
        doc.put("frameworkPreference", -1);

        assertThat(errors()).containsExactly(InEnglish.error("/frameworkPreference",
                "frameworkPreference must be a value from 0 to 1,000,000, found -1"));
    }
}
