package vn.lotrinh.planner.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;
import static vn.lotrinh.planner.api.security.HttpSession.basic;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lotrinh.planner.api.ApiClient;

/**
 * Access with users configured: who may read, who may change, over HTTP Basic and through the login form's session
 * with its CSRF token. The mutating endpoints are found in Spring's handler mapping, so that one added later is
 * checked without being named here.
 */
@UsersApiTest
class AccessApiTest {

    private static final String PLANNER = basic(UsersApiTest.PLANNER, UsersApiTest.PLANNER_PASSWORD);
    private static final String VIEWER = basic(UsersApiTest.VIEWER, UsersApiTest.VIEWER_PASSWORD);
    private static final Set<RequestMethod> READING = Set.of(RequestMethod.GET, RequestMethod.HEAD);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    HttpSession http;

    @BeforeEach
    void newClient() {
        http = new HttpSession(port);
    }

    @Test
    void everyMutatingEndpointAnswers401WithoutCredentialsAnd403ToAViewerAndChangesNothing() {
        List<String[]> mutating = mutatingEndpoints();
        String plansBefore = http.send("GET", "/api/plans", null, "Authorization", PLANNER).body();
        String trailBefore = http.send("GET", "/api/audit?limit=1000", null, "Authorization", PLANNER).body();
        List<String> wrong = new ArrayList<>();

        for (String[] endpoint : mutating) {
            String method = endpoint[0];
            String path = endpoint[1];
            HttpResponse<String> anonymous = http.send(method, path, "{}");
            if (!isProblem(anonymous, 401, "Chưa đăng nhập")) {
                wrong.add(method + " " + path + " without credentials: " + anonymous.statusCode());
            }
            HttpResponse<String> viewer = http.send(method, path, "{}", "Authorization", VIEWER);
            if (!isProblem(viewer, 403, "Không có quyền")) {
                wrong.add(method + " " + path + " as VIEWER: " + viewer.statusCode() + " " + viewer.body());
            }
        }

        assertThat(mutating).extracting(endpoint -> endpoint[0] + " " + endpoint[1]).contains(
                "POST /api/plans", "POST /api/plans/import", "PUT /api/plans/x", "DELETE /api/plans/x",
                "POST /api/plans/x/scenarios", "POST /api/plans/x/solve", "DELETE /api/solves/x",
                "POST /api/plans/x/frontier", "DELETE /api/frontiers/x");
        assertThat(wrong).isEmpty();
        assertThat(http.send("GET", "/api/plans", null, "Authorization", PLANNER).body()).isEqualTo(plansBefore);
        assertThat(http.send("GET", "/api/audit?limit=1000", null, "Authorization", PLANNER).body())
                .isEqualTo(trailBefore);
    }

    @Test
    void refusalsAreWrittenInTheReadersLanguageAndChallengeApiClientsOnly() {
        HttpResponse<String> english = http.send("DELETE", "/api/plans/x", null, "Accept-Language", "en");
        HttpResponse<String> page = http.send("DELETE", "/api/plans/x", null, "X-Requested-With", "XMLHttpRequest");
        HttpResponse<String> forbidden = http.send("DELETE", "/api/plans/x", null, "Authorization", VIEWER,
                "Accept-Language", "en-GB,en;q=0.9");

        assertThat(isProblem(english, 401, "Not signed in")).isTrue();
        assertThat(english.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(isProblem(forbidden, 403, "Not allowed")).isTrue();
        assertThat(json(forbidden.body()).get("instance").asText()).isEqualTo("/api/plans/x");
    }

    @Test
    void aPlannerWritesSolvesAndDeletes() {
        HttpResponse<String> created = http.send("POST", "/api/plans", ApiClient.examplePlan(),
                "Authorization", PLANNER);
        assertThat(created.statusCode()).isEqualTo(201);
        String planId = json(created.body()).get("id").asText();

        assertThat(http.send("PUT", "/api/plans/" + planId, ApiClient.examplePlan(), "Authorization", PLANNER,
                "If-Match", "\"1\"").statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/api/plans/" + planId + "/scenarios",
                "{\"name\": \"Cắt 10 %\", \"budgetChanges\": [{\"fundingSource\": \"NS_TINH\", \"scale\": 0.9}]}",
                "Authorization", PLANNER).statusCode()).isEqualTo(201);
        HttpResponse<String> solve = http.send("POST", "/api/plans/" + planId + "/solve",
                "{\"timeLimitSeconds\": 1, \"engine\": \"HEURISTIC\"}", "Authorization", PLANNER);
        assertThat(solve.statusCode()).isEqualTo(202);
        String jobId = json(solve.body()).get("jobId").asText();
        assertThat(http.send("DELETE", "/api/solves/" + jobId, null, "Authorization", PLANNER).statusCode())
                .isEqualTo(202);
        assertThat(http.send("DELETE", "/api/plans/" + planId, null, "Authorization", PLANNER).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aViewerReadsThePlansTheirVersionsTheApiDocumentAndThePage() {
        String planId = json(http.send("POST", "/api/plans", ApiClient.examplePlan(), "Authorization", PLANNER)
                .body()).get("id").asText();

        assertThat(http.send("GET", "/api/plans", null, "Authorization", VIEWER).statusCode()).isEqualTo(200);
        assertThat(http.send("HEAD", "/api/plans", null, "Authorization", VIEWER).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/api/plans/" + planId, null, "Authorization", VIEWER).statusCode())
                .isEqualTo(200);
        assertThat(http.send("GET", "/api/plans/" + planId + "/versions", null, "Authorization", VIEWER)
                .statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/v3/api-docs", null, "Authorization", VIEWER).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/", null, "Authorization", VIEWER, "Accept", "text/html").statusCode())
                .isEqualTo(200);
        assertThat(http.send("GET", "/api/plans", null).statusCode()).isEqualTo(401);
    }

    @Test
    void operationsEndpointsButHealthArePlannersOnlyAndSoAreHealthsDetails() {
        assertThat(http.send("GET", "/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(http.send("GET", "/actuator/metrics", null, "Authorization", VIEWER).statusCode()).isEqualTo(403);
        HttpResponse<String> probe = http.send("GET", "/actuator/health", null);
        HttpResponse<String> planner = http.send("GET", "/actuator/health", null, "Authorization", PLANNER);
        HttpResponse<String> viewer = http.send("GET", "/actuator/health", null, "Authorization", VIEWER);

        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(json(probe.body()).at("/components/solvePool/status").asText()).isEqualTo("UP");
        assertThat(json(probe.body()).at("/components/solvePool/details").isMissingNode()).isTrue();
        assertThat(json(probe.body()).at("/components/db/details").isMissingNode()).isTrue();
        assertThat(json(viewer.body()).at("/components/db/details").isMissingNode()).isTrue();
        assertThat(json(planner.body()).at("/components/solvePool/details/threads").asInt()).isPositive();
        assertThat(json(planner.body()).at("/components/db/details/database").asText()).isNotBlank();
    }

    @Test
    void aWrongPasswordIs401() {
        HttpResponse<String> wrong = http.send("GET", "/api/plans", null,
                "Authorization", basic(UsersApiTest.VIEWER, "sai-mat-khau"));
        HttpResponse<String> unknown = http.send("GET", "/api/plans", null, "Authorization", basic("ai", "x"));

        assertThat(isProblem(wrong, 401, "Chưa đăng nhập")).isTrue();
        assertThat(isProblem(unknown, 401, "Chưa đăng nhập")).isTrue();
    }

    @Test
    void aBrowserIsSentToTheLoginFormWhichNeedsNoUser() {
        HttpResponse<String> page = http.send("GET", "/", null, "Accept", "text/html,application/xhtml+xml,*/*");
        HttpResponse<String> login = http.send("GET", "/login.html", null, "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.html"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("action=\"/login\"");
        assertThat(http.send("GET", "/api/texts?lang=en", null).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/js/login.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionSignedInThroughTheFormWritesOnlyWithItsCsrfToken() {
        http.send("GET", "/login.html", null, "Accept", "text/html");
        String token = http.csrfToken();
        assertThat(token).isNotBlank();
        HttpResponse<String> refused = http.postForm("/login", Map.of("username", UsersApiTest.PLANNER,
                "password", "sai", "_csrf", token));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.html?error"));

        HttpResponse<String> signedIn = http.postForm("/login", Map.of("username", UsersApiTest.PLANNER,
                "password", UsersApiTest.PLANNER_PASSWORD, "_csrf", http.csrfToken()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));
        assertThat(http.send("GET", "/api/plans", null).statusCode()).isEqualTo(200);

        HttpResponse<String> withoutToken = http.send("POST", "/api/plans", ApiClient.examplePlan());
        HttpResponse<String> withToken = http.send("POST", "/api/plans", ApiClient.examplePlan(),
                "X-XSRF-TOKEN", http.csrfToken());

        assertThat(isProblem(withoutToken, 403, "Thiếu mã CSRF")).isTrue();
        assertThat(withToken.statusCode()).isEqualTo(201);
    }

    @Test
    void aViewersSessionIsRefusedAWriteEvenWithItsToken() {
        http.send("GET", "/login.html", null, "Accept", "text/html");
        http.postForm("/login", Map.of("username", UsersApiTest.VIEWER, "password", UsersApiTest.VIEWER_PASSWORD,
                "_csrf", http.csrfToken()));

        HttpResponse<String> write = http.send("POST", "/api/plans", ApiClient.examplePlan(),
                "X-XSRF-TOKEN", http.csrfToken());

        assertThat(http.send("GET", "/api/plans", null).statusCode()).isEqualTo(200);
        assertThat(isProblem(write, 403, "Không có quyền")).isTrue();
    }

    /** Every handler that does not only read, each as {method, path} with every path variable {@code x}. */
    private List<String[]> mutatingEndpoints() {
        List<String[]> endpoints = new ArrayList<>();
        for (RequestMappingInfo mapping : handlers.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            // A mapping of every method (the error controller's) can be written to: it is tried with POST.
            Set<RequestMethod> tried = methods.isEmpty() ? Set.of(RequestMethod.POST) : methods;
            for (RequestMethod method : tried) {
                if (!READING.contains(method)) {
                    for (String pattern : mapping.getPatternValues()) {
                        endpoints.add(new String[] {method.name(), pattern.replaceAll("\\{[^}]+}", "x")});
                    }
                }
            }
        }
        return endpoints;
    }

    private static boolean isProblem(HttpResponse<String> response, int status, String title) {
        if (response.statusCode() != status
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = json(response.body());
        return problem.get("status").asInt() == status && problem.get("title").asText().equals(title);
    }
}
