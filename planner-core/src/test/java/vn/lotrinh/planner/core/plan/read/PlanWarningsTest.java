package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;

class PlanWarningsTest {

    private final ObjectNode sample = (ObjectNode) PlanReader.parse(TestFiles.read("data/vinh-phuc-egov-2.0.json"));

    @Test
    void theSamplePlanNeitherDuplicatesNorRebuildsANationalSystem() {
        assertThat(PlanWarnings.of(new PlanReader().read(sample))).isEmpty();
    }

    @Test
    void aSecondDataWarehouseIsADuplicationWarnedAtItsDelivers() {
        ObjectNode second = component("DATA_WAREHOUSE").deepCopy().put("id", "KHO_DL_2");
        components().add(second);

        assertThat(InEnglish.warnings(PlanWarnings.of(new PlanReader().read(sample))))
                .containsExactly(InEnglish.warning(
                "/components/" + (components().size() - 1) + "/delivers/0",
                "duplication: \"DATA_WAREHOUSE\", \"KHO_DL_2\" all deliver FW_CSDL_DUNGCHUNG_TINH and none replaces"
                        + " another; component \"KHO_DL_2\" costs " + likelyCapex(second) + " of likely capex"));
    }

    @Test
    void anUpgradeThatReplacesTheOldSystemIsNoDuplication() {
        assertThat(component("LGSP_UPGRADE").get("replaces").get(0).asText()).isEqualTo("LGSP");
        component("LGSP_UPGRADE").remove("replaces");

        assertThat(PlanWarnings.of(new PlanReader().read(sample))).extracting(warning -> warning.message().english())
                .singleElement().asString().startsWith("duplication: \"LGSP\", \"LGSP_UPGRADE\" all deliver FW_LGSP");
    }

    @Test
    void rebuildingANationalPlatformIsWasteWarnedAtItsDelivers() {
        ((ArrayNode) component("LGSP").get("delivers")).add("FW_NDXP");

        assertThat(PlanWarnings.of(new PlanReader().read(sample))).singleElement().satisfies(warning -> {
            assertThat(warning.pointer()).isEqualTo("/components/" + indexOf("LGSP") + "/delivers/1");
            assertThat(warning.message().english())
                    .startsWith("waste: component \"LGSP\" delivers FW_NDXP, which the framework"
                            + " catalogue khung-2.0 says a ministry provides for every province");
        });
    }

    private ArrayNode components() {
        return (ArrayNode) sample.get("components");
    }

    private ObjectNode component(String id) {
        return (ObjectNode) components().get(indexOf(id));
    }

    private int indexOf(String id) {
        for (int i = 0; i < components().size(); i++) {
            if (components().get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static String likelyCapex(JsonNode component) {
        return component.get("capex").get("likely").decimalValue().stripTrailingZeros().toPlainString();
    }
}
