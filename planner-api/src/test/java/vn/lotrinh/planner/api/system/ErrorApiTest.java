package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/** Every error status of the API is a problem document, never a stack trace, and stores nothing. */
@ApiTest
class ErrorApiTest {

    @Autowired
    ApiClient api;

    @Test
    void malformedJsonIs400PointingAtTheWholeDocument() {
        ResponseEntity<String> answer = api.postJson("/api/plans", "{\"format\": \"roadmap-plan/1\", \"name\": ");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("title").asText()).isEqualTo("JSON sai cú pháp");
        assertThat(problem.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("pointer").asText()).isEmpty();
            assertThat(error.get("message").asText()).startsWith("không phải JSON hợp lệ");
        });
    }

    @Test
    void planBreakingTheFormatIs400WithAPointerToEveryError() {
        String document = examplePlan()
                .replace("\"periods\": 5", "\"periods\": 0")
                .replace("\"dependsOn\": [\"LGSP\"]}", "\"dependsOn\": [\"NO_SUCH\"]}");
        long before = json(api.get("/api/plans").getBody()).size();

        JsonNode problem = problem(api.postJson("/api/plans", document), 400);

        assertThat(problem.get("title").asText()).isEqualTo("Kế hoạch không hợp lệ");
        assertThat(problem.get("errors").findValuesAsText("pointer"))
                .contains("/calendar/periods")
                .anyMatch(pointer -> pointer.startsWith("/components/3/dependsOn"));
        assertThat(json(api.get("/api/plans").getBody()).size()).isEqualTo(before);
    }

    @Test
    void aProblemIsWrittenInTheLanguageTheReaderAsksForVietnameseByDefault() {
        String document = examplePlan().replace("\"periods\": 5", "\"periods\": 0");
        HttpHeaders english = new HttpHeaders();
        english.setContentType(MediaType.APPLICATION_JSON);
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9");

        ResponseEntity<String> inEnglish = api.exchange("/api/plans", HttpMethod.POST, document, english);
        ResponseEntity<String> byDefault = api.postJson("/api/plans", document);

        JsonNode englishProblem = problem(inEnglish, 400);
        assertThat(englishProblem.get("title").asText()).isEqualTo("Invalid plan");
        assertThat(englishProblem.get("detail").asText()).isEqualTo("The plan has 1 error.");
        assertThat(englishProblem.at("/errors/0/message").asText())
                .isEqualTo("calendar: periods must be a whole number from 1 to 600, found 0");
        assertThat(inEnglish.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        JsonNode vietnameseProblem = problem(byDefault, 400);
        assertThat(vietnameseProblem.get("detail").asText()).isEqualTo("Kế hoạch có 1 lỗi.");
        assertThat(vietnameseProblem.at("/errors/0/message").asText())
                .isEqualTo("lịch: periods phải là một số nguyên từ 1 đến 600, nhưng đang là 0");
        assertThat(byDefault.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("vi");
        assertThat(vietnameseProblem.at("/errors/0/pointer")).isEqualTo(englishProblem.at("/errors/0/pointer"));
    }

    @Test
    void unknownPlanIs404() {
        JsonNode problem = problem(api.get("/api/plans/no-such-plan"), 404);

        assertThat(problem.get("detail").asText()).contains("no-such-plan");
    }

    @Test
    void unknownJobIs404() {
        problem(api.get("/api/solves/no-such-job"), 404);
        problem(api.delete("/api/solves/no-such-job"), 404);
    }

    @Test
    void unknownPathIs404() {
        problem(api.get("/api/nothing/here"), 404);
    }

    @Test
    void wrongMediaTypeIs415() {
        JsonNode problem = problem(api.send(HttpMethod.POST, "/api/plans", examplePlan(), MediaType.TEXT_PLAIN, null),
                415);

        assertThat(problem.get("title").asText()).isEqualTo("Kiểu nội dung không được hỗ trợ");
        assertThat(problem.get("detail").asText()).startsWith("Content-Type 'text/plain")
                .contains("không được hỗ trợ");
    }

    @Test
    void wrongMethodIs405() {
        JsonNode problem = problem(api.send(HttpMethod.PATCH, "/api/plans", "{}", MediaType.APPLICATION_JSON, null),
                405);

        assertThat(problem.get("title").asText()).isEqualTo("Phương thức không được hỗ trợ");
        assertThat(problem.get("detail").asText())
                .startsWith("Phương thức 'PATCH' không được hỗ trợ ở đây; các phương thức được hỗ trợ: [")
                .contains("GET").contains("POST");
    }

    @Test
    void bodyOverTheConfiguredLimitIs413() {
        String huge = "{\"padding\": \"" + "x".repeat(1_200_000) + "\"}";

        JsonNode problem = problem(api.postJson("/api/plans", huge), 413);

        assertThat(problem.get("detail").asText()).contains("1 MB");
    }

    @Test
    void bodyOfUndeclaredLengthIsCutOffAtTheConfiguredLimitWith413() throws Exception {
        byte[] huge = ("{\"padding\": \"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/plans"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void uploadOverTheConfiguredLimitIs413() {
        byte[] huge = new byte[1_200_000];

        problem(api.upload("/api/plans/import", Map.of("file", Map.entry("huge.csv", huge)), Map.of()), 413);
    }

    @Test
    void invalidSolveRequestIs400PointingAtTheField() {
        String id = api.createPlan(examplePlan());

        JsonNode problem = problem(api.postJson("/api/plans/" + id + "/solve",
                "{\"objective\": \"FASTEST\", \"timeLimitSeconds\": -1}"), 400);

        assertThat(problem.get("errors").findValuesAsText("pointer"))
                .containsExactly("/objective", "/timeLimitSeconds");
    }

    @Test
    void solveRequestForAnUnknownEngineIs400PointingAtItAndStoresNoJob() {
        String id = api.createPlan(examplePlan());

        JsonNode problem = problem(api.postJson("/api/plans/" + id + "/solve", "{\"engine\": \"QUANTUM\"}"), 400);

        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/engine");
        assertThat(json(api.get("/api/plans/" + id + "/solves").getBody())).isEmpty();
    }

    @Test
    void solveRequestWithAWronglyTypedFieldIs400PointingAtIt() {
        String id = api.createPlan(examplePlan());

        JsonNode problem = problem(api.postJson("/api/plans/" + id + "/solve", "{\"timeLimitSeconds\": \"soon\"}"),
                400);

        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/timeLimitSeconds");
    }

    @Test
    void openApiDocumentDescribesThePlanEndpoints() {
        ResponseEntity<String> docs = api.get("/v3/api-docs");

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(json(docs.getBody()).get("paths").has("/api/plans/{planId}/solve")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }

    private static JsonNode problem(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(answer.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(answer.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }
}
