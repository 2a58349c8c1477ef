package vn.lotrinh.planner.api.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;
import static vn.lotrinh.planner.api.SampleDocument.component;
import static vn.lotrinh.planner.api.SampleDocument.indexOf;
import static vn.lotrinh.planner.api.SampleDocument.vinhPhuc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** Over HTTP: a component whose funding the solver chooses, in the roadmap and its export, and a bad option refused. */
@ApiTest
class FundingChoiceApiTest {

    @Autowired
    ApiClient api;

    @Test
    void theRoadmapAndItsExportSayWhichOptionPaysEachComponent() {
        ObjectNode plan = vinhPhuc();
        ObjectNode soc = component(plan, "SOC");
        soc.remove("funding");
        soc.set("eligibleFunding", json("[\"XHH_THUE_DV\", {\"NSDP_DTC\": 0.5, \"XHH_THUE_DV\": 0.5}]"));
        String planId = api.createPlan(plan.toString());

        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 2, \"engine\": \"HEURISTIC\"}"),
                Duration.ofSeconds(60), "COMPLETED");

        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        JsonNode socAssignment = null;
        for (JsonNode assignment : roadmap.get("assignments")) {
            if (assignment.get("componentId").asText().equals("SOC")) {
                socAssignment = assignment;
            } else if (!assignment.get("deferred").asBoolean()) {
                assertThat(assignment.get("fundingOption").isNull()).isTrue();
                assertThat(assignment.get("funding").isObject()).isTrue();
            }
        }
        assertThat(socAssignment.get("deferred").asBoolean()).as("the MUST SOC is scheduled").isFalse();
        int option = socAssignment.get("fundingOption").asInt();
        String expected = option == 0 ? "XHH_THUE_DV:1" : "NSDP_DTC:0.5;XHH_THUE_DV:0.5";
        assertThat(socAssignment.get("funding").size()).isEqualTo(option == 0 ? 1 : 2);
        String csv = api.get("/api/plans/" + planId + "/roadmap.csv").getBody();
        assertThat(csv.lines().filter(line -> line.startsWith("SOC,")).findFirst().orElseThrow())
                .contains("," + expected + ",");
    }

    @Test
    void anOptionNamingAnUnknownSourceIsRefusedAtItsPointer() {
        ObjectNode plan = vinhPhuc();
        ObjectNode soc = component(plan, "SOC");
        soc.remove("funding");
        soc.set("eligibleFunding", json("[\"ODA\"]"));

        ResponseEntity<String> refused = api.postJson("/api/plans", plan.toString());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused.getBody()).get("errors").get(0).get("pointer").asText())
                .isEqualTo("/components/" + indexOf(plan, "SOC") + "/eligibleFunding/0");
    }
}
