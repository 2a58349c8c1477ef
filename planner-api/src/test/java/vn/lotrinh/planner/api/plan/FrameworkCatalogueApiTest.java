package vn.lotrinh.planner.api.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/**
 * A province's own catalogue in {@code lotrinh.framework.folder} (the test folder holds {@code tinh-thu.csv}) is one
 * that plans may name beside the shipped one, and codes are checked against the catalogue the plan names.
 */
@ApiTest
class FrameworkCatalogueApiTest {

    @Autowired
    ApiClient api;

    @Test
    void aPlanMayNameTheProvincesOwnCatalogueAndIsAlignedWithIt() {
        ResponseEntity<String> created = api.postJson("/api/plans", plan("tinh-thu", "VP_KHO_DL").toString());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode alignment = json(api.get("/api/plans/" + json(created.getBody()).get("id").asText() + "/alignment")
                .getBody());
        assertThat(alignment.get("framework").asText()).isEqualTo("tinh-thu");
        assertThat(alignment.get("plan").get("entries")).extracting(entry -> entry.get("code").asText())
                .containsExactly("FW_NDXP", "VP_KHO_DL");
    }

    @Test
    void codesAreCheckedAgainstTheCatalogueThePlanNames() {
        ResponseEntity<String> refused = api.postJson("/api/plans", plan("tinh-thu", "FW_LGSP").toString());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode error = json(refused.getBody()).get("errors").get(0);
        assertThat(error.get("pointer").asText()).isEqualTo("/components/0/delivers/0");
        assertThat(error.get("message").asText()).endsWith("không phải là một thành phần của danh mục khung tinh-thu");
    }

    @Test
    void anUnknownCatalogueIsRefusedListingTheOnesThePlannerHas() {
        ResponseEntity<String> refused = api.postJson("/api/plans", plan("khung-9.0", "VP_KHO_DL").toString());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode error = json(refused.getBody()).get("errors").get(0);
        assertThat(error.get("pointer").asText()).isEqualTo("/framework");
        assertThat(error.get("message").asText()).endsWith("(khung-2.0, tinh-thu)");
    }

    @Test
    void aDuplicatedCapabilityIsAWarningAnsweredWithThe201AndThePlanIsStored() {
        ObjectNode plan = plan("khung-2.0", "FW_CSDL_DUNGCHUNG_TINH");
        ((ObjectNode) plan.get("components").get(1)).set("delivers", json("[\"FW_CSDL_DUNGCHUNG_TINH\"]"));

        ResponseEntity<String> created = api.postJson("/api/plans", plan.toString());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode warnings = json(created.getBody()).get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).get("pointer").asText()).isEqualTo("/components/1/delivers/0");
        assertThat(warnings.get(0).get("message").asText()).startsWith("trùng lặp: ");
        String id = json(created.getBody()).get("id").asText();
        assertThat(api.get("/api/plans/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(json(api.get("/api/plans").getBody()).findValues("warnings")).isEmpty();
        ResponseEntity<String> replaced = api.putJson("/api/plans/" + id, plan.toString(), "\"1\"");
        assertThat(json(replaced.getBody()).get("warnings")).hasSize(1);
    }

    @Test
    void aPlanWithoutOverlapsAnswersNoWarnings() {
        ResponseEntity<String> created = api.postJson("/api/plans", plan("khung-2.0", "FW_LGSP").toString());

        assertThat(json(created.getBody()).has("warnings")).isFalse();
    }

    /**
     * The example plan with the catalogue and the first component's delivers; its two IOC options no longer wait
     * for KDL, which finishes too late for them (a plan warning of its own).
     */
    private static ObjectNode plan(String framework, String delivered) {
        ObjectNode plan = (ObjectNode) json(ApiClient.examplePlan());
        ((ObjectNode) plan.get("components").get(5)).remove("dependsOn");
        ((ObjectNode) plan.get("components").get(6)).remove("dependsOn");
        plan.put("framework", framework);
        ((ObjectNode) plan.get("components").get(0)).set("delivers", json("[\"" + delivered + "\"]"));
        return plan;
    }
}
