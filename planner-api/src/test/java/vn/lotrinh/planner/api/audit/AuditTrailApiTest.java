package vn.lotrinh.planner.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.security.UsersApiTest;

/**
 * Who changed what, over HTTP with users configured: the trail of a plan names each user and action, every version
 * of the document is kept and answered, and the diff of a real edit of the sample plan names what it changed.
 */
@UsersApiTest
class AuditTrailApiTest {

    @Autowired
    TestRestTemplate rest;

    ApiClient an;
    ApiClient chi;
    ApiClient binh;

    @BeforeEach
    void clients() {
        an = new ApiClient(rest.withBasicAuth(UsersApiTest.PLANNER, UsersApiTest.PLANNER_PASSWORD));
        chi = new ApiClient(rest.withBasicAuth(UsersApiTest.SECOND_PLANNER, UsersApiTest.SECOND_PLANNER_PASSWORD));
        binh = new ApiClient(rest.withBasicAuth(UsersApiTest.VIEWER, UsersApiTest.VIEWER_PASSWORD));
    }

    @Test
    void twoUsersEditAPlanAndTheTrailNamesEachNewestFirst() {
        String planId = an.createPlan(sample().toString());
        ObjectNode edited = sample();
        edited.put("description", "sửa bởi an");
        assertThat(an.putJson("/api/plans/" + planId, edited.toString(), "\"1\"").getStatusCode().value())
                .isEqualTo(200);
        edited.put("description", "sửa bởi chi");
        assertThat(chi.putJson("/api/plans/" + planId, edited.toString(), "\"2\"").getStatusCode().value())
                .isEqualTo(200);

        JsonNode trail = json(binh.get("/api/plans/" + planId + "/audit").getBody());

        assertThat(trail).extracting(entry -> entry.get("user").asText() + " " + entry.get("action").asText()
                + " v" + entry.get("planVersion").asLong())
                .containsExactly("chi PLAN_EDITED v3", "an PLAN_EDITED v2", "an PLAN_CREATED v1");
        assertThat(trail.get(0).at("/details/settingsChanged").toString()).isEqualTo("[\"/description\"]");
        assertThat(trail.get(0).at("/details/fromVersion").asLong()).isEqualTo(2);
        assertThat(trail.get(2).at("/details/name").asText()).isEqualTo(sample().get("name").asText());

        JsonNode versions = json(binh.get("/api/plans/" + planId + "/versions").getBody());
        assertThat(versions).extracting(v -> v.get("version").asLong() + " " + v.get("createdBy").asText() + " "
                + v.get("action").asText()).containsExactly("1 an CREATED", "2 an EDITED", "3 chi EDITED");
        assertThat(versions).allSatisfy(v -> assertThat(v.get("createdAt").asText()).endsWith("Z"));
    }

    @Test
    void everyVersionIsAnsweredAsItWasStored() {
        String planId = an.createPlan(sample().toString());
        ObjectNode edited = sample();
        edited.put("name", "Kế hoạch đã sửa");
        chi.putJson("/api/plans/" + planId, edited.toString(), "\"1\"");

        ResponseEntity<String> first = binh.get("/api/plans/" + planId + "/versions/1");
        ResponseEntity<String> second = binh.get("/api/plans/" + planId + "/versions/2");

        assertThat(first.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(withoutEnvelope(json(first.getBody()))).isEqualTo(sample());
        assertThat(json(first.getBody()).get("version").asLong()).isEqualTo(1);
        assertThat(withoutEnvelope(json(second.getBody()))).isEqualTo(edited);
        assertThat(second.getBody()).isEqualTo(binh.get("/api/plans/" + planId).getBody());
    }

    @Test
    void theDiffOfARealEditNamesTheCapCutTheComponentsAddedAndRemovedAndTheFieldChanged() {
        String planId = an.createPlan(sample().toString());
        ObjectNode edited = sample();
        ObjectNode cap = (ObjectNode) edited.get("budgets").get(0);
        cap.put("amount", 39200);
        ArrayNode components = (ArrayNode) edited.get("components");
        JsonNode removed = components.remove(indexOf(components, "AWARENESS"));
        ((ObjectNode) components.get(indexOf(components, "DTI_EVAL"))).put("value", 55);
        ObjectNode added = components.addObject().put("id", "TRO_LY_AO").put("name", "Trợ lý ảo trả lời công dân")
                .put("layer", removed.get("layer").asText()).put("priority", "COULD").put("value", 20)
                .put("duration", 1);
        added.putObject("capex").put("low", 1000).put("likely", 1500).put("high", 2500);
        added.putObject("funding").put("NSDP_DTC", 1.0);
        ResponseEntity<String> edit = chi.putJson("/api/plans/" + planId, edited.toString(), "\"1\"");
        assertThat(edit.getStatusCode().value()).as(edit.getBody()).isEqualTo(200);

        JsonNode diff = json(binh.get("/api/plans/" + planId + "/versions/1/diff/2").getBody());

        assertThat(diff.get("from").asLong()).isEqualTo(1);
        assertThat(diff.get("to").asLong()).isEqualTo(2);
        assertThat(diff.get("componentsAdded")).singleElement().satisfies(component -> {
            assertThat(component.get("id").asText()).isEqualTo("TRO_LY_AO");
            assertThat(component.get("name").asText()).isEqualTo("Trợ lý ảo trả lời công dân");
            assertThat(component.get("pointer").asText()).isEqualTo("/components/" + (components.size() - 1));
        });
        assertThat(diff.get("componentsRemoved")).extracting(component -> component.get("id").asText())
                .containsExactly("AWARENESS");
        assertThat(diff.get("fieldsChanged")).singleElement().satisfies(field -> {
            assertThat(field.get("pointer").asText())
                    .isEqualTo("/components/" + indexOf(components, "DTI_EVAL") + "/value");
            assertThat(field.get("componentId").asText()).isEqualTo("DTI_EVAL");
            assertThat(field.get("oldValue").asInt()).isEqualTo(40);
            assertThat(field.get("newValue").asInt()).isEqualTo(55);
        });
        assertThat(diff.get("capsChanged")).singleElement().satisfies(change -> {
            assertThat(change.get("fundingSource").asText()).isEqualTo(cap.get("fundingSource").asText());
            assertThat(change.get("period").asText()).isEqualTo(cap.get("period").asText());
            assertThat(change.get("phase").isNull()).isTrue();
            assertThat(change.get("oldAmount").asInt()).isEqualTo(49000);
            assertThat(change.get("newAmount").asInt()).isEqualTo(39200);
        });
        assertThat(diff.get("settingsChanged")).isEmpty();

        JsonNode back = json(binh.get("/api/plans/" + planId + "/versions/2/diff/1").getBody());
        assertThat(back.at("/componentsAdded/0/id").asText()).isEqualTo("AWARENESS");
        assertThat(back.at("/capsChanged/0/newAmount").asInt()).isEqualTo(49000);
        JsonNode recorded = json(binh.get("/api/plans/" + planId + "/audit?limit=1").getBody()).get(0);
        assertThat(recorded.at("/details/componentsAdded").toString()).isEqualTo("[\"TRO_LY_AO\"]");
        assertThat(recorded.at("/details/componentsRemoved").toString()).isEqualTo("[\"AWARENESS\"]");
        assertThat(recorded.at("/details/capsChanged/0/newAmount").asInt()).isEqualTo(39200);
        assertThat(recorded.at("/details/truncated").asBoolean()).isFalse();
    }

    @Test
    void importsScenariosSolvesAndADeletionAreRecordedAndTheTrailOutlivesThePlan() {
        ResponseEntity<String> imported = an.upload("/api/plans/import",
                Map.of("file", Map.entry("plan.json", sample().toString().getBytes(StandardCharsets.UTF_8))),
                Map.of());
        String planId = json(imported.getBody()).get("id").asText();
        String scenarioId = json(chi.postJson("/api/plans/" + planId + "/scenarios",
                "{\"name\": \"Cắt 20 %\", \"budgetChanges\": [{\"fundingSource\": \"NSDP_DTC\", \"scale\": 0.8}]}")
                .getBody()).get("id").asText();
        String jobId = an.startSolve(planId, "{\"timeLimitSeconds\": 30, \"engine\": \"HEURISTIC\"}");
        chi.delete("/api/solves/" + jobId);
        an.awaitJob(jobId, Duration.ofSeconds(30), "TERMINATED", "COMPLETED");
        assertThat(chi.delete("/api/plans/" + planId).getStatusCode().value()).isEqualTo(204);

        JsonNode trail = json(binh.get("/api/plans/" + planId + "/audit").getBody());

        assertThat(trail).extracting(entry -> entry.get("user").asText() + " " + entry.get("action").asText())
                .containsExactly("chi PLAN_DELETED", "chi SOLVE_STOPPED", "an SOLVE_STARTED", "chi SCENARIO_CREATED",
                        "an PLAN_IMPORTED");
        assertThat(trail.get(1).get("subjectId").asText()).isEqualTo(jobId);
        assertThat(trail.get(2).at("/details/objective").asText()).isEqualTo("VALUE_OVER_TIME");
        assertThat(trail.get(3).get("planId").asText()).isEqualTo(scenarioId);
        assertThat(trail.get(3).at("/details/parentVersion").asLong()).isEqualTo(1);
        assertThat(trail).allSatisfy(entry -> assertThat(entry.get("at").asText()).endsWith("Z"));
        assertThat(binh.get("/api/plans/" + planId + "/versions").getStatusCode().value()).isEqualTo(404);
        JsonNode everyPlan = json(binh.get("/api/audit?limit=3").getBody());
        assertThat(everyPlan).hasSize(3);
        assertThat(everyPlan.get(0).get("action").asText()).isEqualTo("PLAN_DELETED");
    }

    @Test
    void unknownPlansAndVersionsAre404AndBadVersionsOrLimits400NamingThem() {
        String planId = an.createPlan(sample().toString());

        assertProblem(binh.get("/api/plans/nothing/versions"), 404, null);
        assertProblem(binh.get("/api/plans/nothing/audit"), 404, null);
        assertThat(json(binh.get("/api/plans/" + planId + "/versions/7").getBody()).get("detail").asText())
                .contains("không có phiên bản 7");
        assertProblem(binh.get("/api/plans/" + planId + "/versions/7/diff/1"), 404, null);
        assertProblem(binh.get("/api/plans/" + planId + "/versions/abc"), 400, List.of("/v"));
        assertProblem(binh.get("/api/plans/" + planId + "/versions/1/diff/0"), 400, List.of("/w"));
        assertProblem(binh.get("/api/plans/" + planId + "/versions/x/diff/y"), 400, List.of("/v", "/w"));
        assertProblem(binh.get("/api/plans/" + planId + "/audit?limit=0"), 400, List.of("/limit"));
        assertProblem(binh.get("/api/audit?limit=many"), 400, List.of("/limit"));
    }

    private static void assertProblem(ResponseEntity<String> response, int status, List<String> pointers) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        if (pointers != null) {
            List<String> found = new ArrayList<>();
            json(response.getBody()).get("errors").forEach(error -> found.add(error.get("pointer").asText()));
            assertThat(found).isEqualTo(pointers);
        }
    }

    private static ObjectNode sample() {
        return (ObjectNode) json(new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8));
    }

    private static JsonNode withoutEnvelope(JsonNode answered) {
        ObjectNode document = answered.deepCopy();
        document.remove(List.of("id", "version"));
        return document;
    }

    private static int indexOf(ArrayNode components, String id) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no component " + id);
    }
}
