package vn.lotrinh.planner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Talks to the running service over HTTP the way a client would: bytes in, JSON trees out. An {@link ApiTest} has
 * one to inject, bound to its server; {@link #of} makes one for a service a test starts itself.
 */
public final class ApiClient {

    public static final Path DATA = Path.of("..", "data");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;

    public ApiClient(TestRestTemplate http) {
        this.http = http;
    }

    /** A client of a service started outside the test framework, on the port it has taken. */
    public static ApiClient of(ConfigurableApplicationContext service) {
        String port = service.getEnvironment().getRequiredProperty("local.server.port");
        return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }

    public static String resource(String name) {
        try (InputStream in = ApiClient.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] data(String file) {
        try {
            return Files.readAllBytes(DATA.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String examplePlan() {
        return resource("/plans/example-plan.json");
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full address of {@code path}, for a request made without this client. */
    public URI uri(String path) {
        return URI.create(http.getRootUri() + path);
    }

    public ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    public ResponseEntity<byte[]> getBytes(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    public ResponseEntity<String> postJson(String path, String body) {
        return send(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, null);
    }

    public ResponseEntity<String> putJson(String path, String body, String ifMatch) {
        return send(HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON, ifMatch);
    }

    public ResponseEntity<String> send(HttpMethod method, String path, String body, MediaType type, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return http.exchange(path, method, new HttpEntity<>(bytes, headers), String.class);
    }

    /** Any request with the headers given, the body as UTF-8. */
    public ResponseEntity<String> exchange(String path, HttpMethod method, String body, HttpHeaders headers) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return http.exchange(path, method, new HttpEntity<>(bytes, headers), String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return http.exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    }

    /** A multipart upload: {@code files} by part name (file name, bytes), {@code fields} as form fields. */
    public ResponseEntity<String> upload(String path, Map<String, Map.Entry<String, byte[]>> files,
            Map<String, String> fields) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        files.forEach((part, file) -> body.add(part, new ByteArrayResource(file.getValue()) {
            @Override
            public String getFilename() {
                return file.getKey();
            }
        }));
        fields.forEach(body::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** Stores the plan and answers its id. */
    public String createPlan(String document) {
        ResponseEntity<String> created = postJson("/api/plans", document);
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("plan not created: " + created);
        }
        return json(created.getBody()).get("id").asText();
    }

    /** Starts solving the plan with the settings of {@code request}; answers the job's id. */
    public String startSolve(String planId, String request) {
        ResponseEntity<String> accepted = postJson("/api/plans/" + planId + "/solve", request);
        if (accepted.getStatusCode().value() != 202) {
            throw new AssertionError("solve not accepted: " + accepted);
        }
        return json(accepted.getBody()).get("jobId").asText();
    }

    /** Polls the job until its status is one of {@code statuses}; answers the job. */
    public JsonNode awaitJob(String jobId, Duration timeout, String... statuses) {
        return await("/api/solves/" + jobId, timeout, job -> List.of(statuses).contains(job.path("status").asText()),
                "status " + String.join("/", statuses));
    }

    /** Starts a frontier of the plan with the settings of {@code request}; answers the frontier's id. */
    public String startFrontier(String planId, String request) {
        ResponseEntity<String> accepted = postJson("/api/plans/" + planId + "/frontier", request);
        if (accepted.getStatusCode().value() != 202) {
            throw new AssertionError("frontier not accepted: " + accepted);
        }
        return json(accepted.getBody()).get("frontierId").asText();
    }

    /** Polls the frontier until {@code reached} holds for it; answers the frontier. */
    public JsonNode awaitFrontier(String frontierId, Duration timeout, Predicate<JsonNode> reached, String what) {
        return await("/api/frontiers/" + frontierId, timeout, reached, what);
    }

    /** Polls the JSON at {@code path} until {@code reached} holds for it, every 100 ms; answers it. */
    private JsonNode await(String path, Duration timeout, Predicate<JsonNode> reached, String what) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode body;
        do {
            body = json(get(path).getBody());
            if (reached.test(body)) {
                return body;
            }
            sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(path + " did not reach " + what + ": " + body);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
