package vn.lotrinh.planner.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** In single-user local mode every change is recorded too, as made by {@code local}. */
@ApiTest
class LocalModeAuditApiTest {

    @Autowired
    ApiClient api;

    @Test
    void changesWithoutCredentialsAreRecordedAsLocal() {
        String planId = api.createPlan(ApiClient.examplePlan());
        api.putJson("/api/plans/" + planId, ApiClient.examplePlan(), "\"1\"");

        JsonNode trail = json(api.get("/api/plans/" + planId + "/audit").getBody());
        JsonNode versions = json(api.get("/api/plans/" + planId + "/versions").getBody());

        assertThat(trail).extracting(entry -> entry.get("user").asText() + " " + entry.get("action").asText())
                .containsExactly("local PLAN_EDITED", "local PLAN_CREATED");
        assertThat(trail.get(0).at("/details/fieldsChanged")).isEmpty();
        assertThat(versions).extracting(version -> version.get("createdBy").asText()).containsExactly("local",
                "local");
    }
}
