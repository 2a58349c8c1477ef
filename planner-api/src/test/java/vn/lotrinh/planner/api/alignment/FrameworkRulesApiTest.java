package vn.lotrinh.planner.api.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;
import static vn.lotrinh.planner.api.SampleDocument.component;
import static vn.lotrinh.planner.api.SampleDocument.indexOf;
import static vn.lotrinh.planner.api.SampleDocument.vinhPhuc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/**
 * Over HTTP: what a plan cannot do is stored with warnings, never refused, and every roadmap of it keeps the
 * framework's rules and says, in the reader's language, why it defers what it defers.
 */
@ApiTest
class FrameworkRulesApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ApiClient api;

    @Test
    void aSecondDataWarehouseIsWarnedAboutOnStoreAndDeferredBecauseItDuplicatesTheFirst() {
        ObjectNode plan = vinhPhuc();
        ObjectNode second = component(plan, "DATA_WAREHOUSE").deepCopy().put("id", "KHO_DL_2")
                .put("name", "Kho dữ liệu thứ hai của tỉnh");
        ((ArrayNode) plan.get("components")).add(second);

        ResponseEntity<String> created = api.postJson("/api/plans", plan.toString());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(json(created.getBody()).get("warnings").findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).startsWith("trùng lặp: \"DATA_WAREHOUSE\", \"KHO_DL_2\""));
        String planId = json(created.getBody()).get("id").asText();
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 2, \"engine\": \"HEURISTIC\"}"), PATIENCE,
                "COMPLETED");
        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        assertThat(roadmap.get("feasible").asBoolean()).isTrue();
        long warehouses = findAssignments(roadmap, "DATA_WAREHOUSE", "KHO_DL_2");
        assertThat(warehouses).as("warehouses scheduled").isLessThanOrEqualTo(1);

        JsonNode explanation = explanationInVietnamese(planId);
        JsonNode deferredWarehouse = null;
        for (JsonNode component : explanation.get("components")) {
            String id = component.get("componentId").asText();
            if (component.get("deferred").asBoolean() && (id.equals("KHO_DL_2") || id.equals("DATA_WAREHOUSE"))) {
                deferredWarehouse = component;
            }
        }
        assertThat(deferredWarehouse).as("a deferred warehouse").isNotNull();
        assertThat(deferredWarehouse.get("reasons")).anySatisfy(reason -> {
            assertThat(reason.get("kind").asText()).isEqualTo("DUPLICATE");
            assertThat(reason.get("rule").asText()).isEqualTo("No duplicate capability");
            assertThat(reason.get("capability").asText()).isEqualTo("FW_CSDL_DUNGCHUNG_TINH");
            assertThat(reason.get("text").asText()).contains("sẽ trùng lặp với ")
                    .endsWith("hạng mục đã cung cấp FW_CSDL_DUNGCHUNG_TINH");
        });
    }

    @Test
    void aComponentWhoseWindowIsShorterThanItsDurationIsStoredWithAWarningAndDeferredSayingWhy() {
        ObjectNode plan = vinhPhuc();
        component(plan, "SOC").put("earliestStart", "2024").put("latestFinish", "2024").put("duration", 2);

        ResponseEntity<String> created = api.postJson("/api/plans", plan.toString());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        int soc = indexOf(plan, "SOC");
        assertThat(json(created.getBody()).get("warnings")).anySatisfy(warning -> {
            assertThat(warning.get("pointer").asText()).isEqualTo("/components/" + soc + "/latestFinish");
            assertThat(warning.get("message").asText()).contains("kéo dài 2 kỳ, nhưng khung thời gian 2024 chỉ có 1"
                    + " kỳ: không lộ trình nào xếp lịch được");
        });
        String planId = json(created.getBody()).get("id").asText();
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        JsonNode explanation = explanationInVietnamese(planId);
        JsonNode socExplanation = null;
        for (JsonNode component : explanation.get("components")) {
            if (component.get("componentId").asText().equals("SOC")) {
                socExplanation = component;
            }
        }
        assertThat(socExplanation.get("deferred").asBoolean()).isTrue();
        assertThat(socExplanation.get("reasons").get(0).get("kind").asText()).isEqualTo("NO_START");
    }

    private JsonNode explanationInVietnamese(String planId) {
        ResponseEntity<String> answer = api.get("/api/plans/" + planId + "/roadmap/explanation");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return json(answer.getBody());
    }

    private static long findAssignments(JsonNode roadmap, String... ids) {
        long scheduled = 0;
        for (JsonNode assignment : roadmap.get("assignments")) {
            for (String id : ids) {
                if (assignment.get("componentId").asText().equals(id) && !assignment.get("deferred").asBoolean()) {
                    scheduled++;
                }
            }
        }
        return scheduled;
    }
}
