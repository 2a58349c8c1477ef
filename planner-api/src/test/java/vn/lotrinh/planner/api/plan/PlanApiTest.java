package vn.lotrinh.planner.api.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.read.PlanReader;

@ApiTest
class PlanApiTest {

    @Autowired
    ApiClient api;

    @Test
    void createdPlanIsAtItsLocationWithVersionOne() {
        ResponseEntity<String> created = api.postJson("/api/plans", examplePlan());

        JsonNode body = json(created.getBody());
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/plans/" + body.get("id").asText());
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("name").asText()).isEqualTo("Ví dụ: Kiến trúc Chính quyền điện tử tỉnh 2.0 (rút gọn)");
    }

    @Test
    void answersTheDocumentAsSentWithIdAndVersionAndUnknownFieldsKept() {
        ObjectNode sent = (ObjectNode) json(examplePlan());
        sent.putObject("x-source").put("system", "Hệ thống quản lý dự án").put("exported", "2024-05-01");
        String id = api.createPlan(sent.toString());

        ResponseEntity<String> read = api.get("/api/plans/" + id);

        ObjectNode expected = sent.deepCopy();
        expected.put("id", id);
        expected.put("version", 1);
        assertThat(read.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(read.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(json(read.getBody())).isEqualTo(expected);
    }

    @Test
    void keepsDecimalsExactlyAsWritten() {
        String document = examplePlan().replace("\"inflationRate\": 0.04", "\"inflationRate\": 0.040");
        String id = api.createPlan(document);

        assertThat(api.get("/api/plans/" + id).getBody()).contains("\"inflationRate\":0.040");
    }

    @Test
    void listsStoredPlansWithoutTheirDocuments() {
        String id = api.createPlan(examplePlan());

        JsonNode list = json(api.get("/api/plans").getBody());

        assertThat(list.findValuesAsText("id")).contains(id);
        assertThat(list.get(0).has("components")).isFalse();
    }

    @Test
    void replacementWithTheCurrentVersionIncrementsIt() {
        String id = api.createPlan(examplePlan());
        String renamed = examplePlan().replace("(rút gọn)", "(bản 2)");

        ResponseEntity<String> replaced = api.putJson("/api/plans/" + id, renamed, "\"1\"");

        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getHeaders().getETag()).isEqualTo("\"2\"");
        JsonNode stored = json(api.get("/api/plans/" + id).getBody());
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        assertThat(stored.get("name").asText()).endsWith("(bản 2)");
    }

    @Test
    void documentReadBackCanBeSentBackAsItsOwnReplacement() {
        String id = api.createPlan(examplePlan());
        String readBack = api.get("/api/plans/" + id).getBody();

        ResponseEntity<String> replaced = api.putJson("/api/plans/" + id, readBack, null);

        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(json(replaced.getBody()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void staleIfMatchIsRefusedWith412AndChangesNothing() {
        String id = api.createPlan(examplePlan());
        api.putJson("/api/plans/" + id, examplePlan(), "\"1\"");

        ResponseEntity<String> stale = api.putJson("/api/plans/" + id, examplePlan().replace("(rút gọn)", "(cũ)"),
                "\"1\"");

        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(stale.getBody()).get("currentVersion").asLong()).isEqualTo(2);
        assertThat(json(api.get("/api/plans/" + id).getBody()).get("name").asText()).endsWith("(rút gọn)");
    }

    @Test
    void staleVersionInTheDocumentIsRefusedWith409() {
        String id = api.createPlan(examplePlan());
        String readAtVersionOne = api.get("/api/plans/" + id).getBody();
        api.putJson("/api/plans/" + id, examplePlan(), null);

        ResponseEntity<String> stale = api.putJson("/api/plans/" + id, readAtVersionOne, null);

        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(json(stale.getBody()).get("title").asText()).isEqualTo("Phiên bản đã cũ");
    }

    @Test
    void ofConcurrentEditsFromTheSameVersionExactlyOneWins() throws Exception {
        String id = api.createPlan(examplePlan());
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String edit = examplePlan().replace("(rút gọn)", "(editor " + i + ")");
            Callable<Integer> put = () -> {
                start.await();
                return api.putJson("/api/plans/" + id, edit, "\"1\"").getStatusCode().value();
            };
            statuses.add(pool.submit(put));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertThat(answers).containsOnlyOnce(200);
        assertThat(answers).filteredOn(status -> status != 200).allMatch(status -> status == 412 || status == 409);
        assertThat(json(api.get("/api/plans/" + id).getBody()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void deletedPlanIsGone() {
        String id = api.createPlan(examplePlan());

        assertThat(api.delete("/api/plans/" + id).getStatusCode().value()).isEqualTo(204);
        assertThat(api.get("/api/plans/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(api.delete("/api/plans/" + id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void downloadsTheStoredDocumentAsAFile() {
        String id = api.createPlan(examplePlan());

        ResponseEntity<String> file = api.get("/api/plans/" + id + "/plan.json");

        assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(new PlanReader().read(file.getBody())).isEqualTo(new PlanReader().read(examplePlan()));
    }
}
