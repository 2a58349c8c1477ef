package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.read.DocumentLimits;

/**
 * Bodies beyond the JSON limits and of foreign media types, to every endpoint that takes a body: a {@code 400} naming
 * the limit or a {@code 415}, and nothing stored; and the shapes of request {@link AnyBytesApiTest} found answered
 * {@code 500} before: a wildcard {@code Content-Type}, a multipart body that does not parse, a query string too long
 * for the redirect that copies it, the error path asked for.
 */
@ApiTest
class HostileInputApiTest {

    private static final String TOO_DEEP = "{\"padding\": " + "[".repeat(DocumentLimits.MAX_NESTING_DEPTH)
            + "]".repeat(DocumentLimits.MAX_NESTING_DEPTH) + "}";

    @Autowired
    ApiClient api;

    @Test
    void refusesADocumentNestedTooDeepOnEveryJsonEndpointNamingTheLimit() {
        String id = api.createPlan(examplePlan());
        long plans = planCount();

        for (ResponseEntity<String> answer : new ResponseEntity[] {
                api.postJson("/api/plans", TOO_DEEP),
                api.putJson("/api/plans/" + id, TOO_DEEP, "\"1\""),
                api.postJson("/api/plans/" + id + "/scenarios", TOO_DEEP),
                api.postJson("/api/plans/" + id + "/solve", TOO_DEEP),
                api.postJson("/api/plans/" + id + "/frontier", TOO_DEEP)}) {
            JsonNode problem = problem(answer, 400);
            assertThat(problem.get("title").asText()).isEqualTo("Vượt giới hạn");
            assertThat(problem.get("errors").get(0).get("message").asText()).contains("nesting depth");
        }
        assertThat(planCount()).isEqualTo(plans);
        assertThat(json(api.get("/api/plans/" + id).getBody()).get("version").asLong()).isEqualTo(1);
        assertThat(json(api.get("/api/plans/" + id + "/solves").getBody())).isEmpty();
        assertThat(json(api.get("/api/plans/" + id + "/frontiers").getBody())).isEmpty();
    }

    @Test
    void refusesATextLongerThanTheLimitNamingIt() {
        String body = "{\"name\": \"" + "x".repeat(DocumentLimits.MAX_STRING_CHARS + 1) + "\"}";

        JsonNode problem = problem(api.postJson("/api/plans", body), 400);

        assertThat(problem.get("errors").get(0).get("message").asText()).contains("String value length");
    }

    @Test
    void refusesForeignMediaTypesOnEveryEndpointThatTakesABody() {
        String id = api.createPlan(examplePlan());
        long plans = planCount();

        problem(api.send(HttpMethod.PUT, "/api/plans/" + id, examplePlan(), MediaType.TEXT_PLAIN, "\"1\""), 415);
        problem(api.send(HttpMethod.POST, "/api/plans/" + id + "/scenarios", "{}", MediaType.APPLICATION_XML, null),
                415);
        problem(api.send(HttpMethod.POST, "/api/plans/" + id + "/solve", "{}", MediaType.TEXT_PLAIN, null), 415);
        problem(api.send(HttpMethod.POST, "/api/plans/" + id + "/frontier", "{}", MediaType.TEXT_PLAIN, null), 415);
        problem(api.send(HttpMethod.POST, "/api/plans/import", examplePlan(), MediaType.APPLICATION_JSON, null), 415);
        problem(api.upload("/api/plans/import", Map.of("file", Map.entry("plan.exe", new byte[] {77, 90})), Map.of()),
                415);

        assertThat(planCount()).isEqualTo(plans);
        assertThat(json(api.get("/api/plans/" + id + "/solves").getBody())).isEmpty();
    }

    @Test
    void refusesAContentTypeNoBodyCanHaveWith415NamingTheHeader() {
        String id = api.createPlan(examplePlan());
        long plans = planCount();

        for (String type : new String[] {"*/*", "application/*", "json", "x/;;="}) {
            HttpResponse<String> answer = raw("POST", "/api/plans/" + id + "/solve", "{}", type);
            assertThat(answer.statusCode()).as(type).isEqualTo(415);
            assertThat(json(answer.body()).get("header").asText()).isEqualTo("Content-Type");
        }
        assertThat(json(raw("POST", "/api/plans", examplePlan(), "*/*").body()).get("detail").asText())
                .contains("'*/*'");
        assertThat(planCount()).isEqualTo(plans);
        assertThat(json(api.get("/api/plans/" + id + "/solves").getBody())).isEmpty();
    }

    @Test
    void refusesAMultipartBodyThatDoesNotParseWith400OnAnyEndpoint() {
        long plans = planCount();
        String broken = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.json\"\r\n\r\n{";

        for (String path : new String[] {"/api/plans/import", "/api/plans", "/api/audit"}) {
            HttpResponse<String> answer = raw(path.equals("/api/audit") ? "GET" : "POST", path, broken,
                    "multipart/form-data; boundary=b");
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(json(answer.body()).get("detail").asText()).startsWith("Không đọc được biểu mẫu nhiều phần");
        }
        assertThat(planCount()).isEqualTo(plans);
    }

    @Test
    void refusesAQueryStringOverTheLimitWith414EvenWhereItWouldBeRedirected() {
        String query = "?limit=" + "%C3%A0".repeat(400);

        for (String path : new String[] {"/api/audit", "/swagger-ui.html"}) {
            HttpResponse<String> answer = raw("GET", path + query, "", null);
            assertThat(answer.statusCode()).as(path).isEqualTo(414);
            assertThat(json(answer.body()).get("title").asText()).isEqualTo("Chuỗi truy vấn quá dài");
        }
        assertThat(raw("GET", "/api/audit?limit=" + "1".repeat(2040), "", null).statusCode()).isEqualTo(400);
    }

    @Test
    void theErrorPathAskedForLikeAnyAddressIsNotFound() {
        for (String method : new String[] {"GET", "HEAD", "POST", "DELETE"}) {
            assertThat(raw(method, "/error", "", null).statusCode()).as(method).isEqualTo(404);
        }
    }

    /** A request exactly as given, past the checks a Spring client makes of its own headers. */
    private HttpResponse<String> raw(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long planCount() {
        return json(api.get("/api/plans").getBody()).size();
    }

    private static JsonNode problem(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json(answer.getBody());
    }
}
