package vn.lotrinh.planner.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client of the mixed load: steps drawn from {@link RequestKind} back to back until the deadline, each write
 * entered in the {@link WriteLedger} by its answer. It keeps every measured step's time by kind and every answer of
 * {@code 500} or more. A client waits for a solve it started before its next step, so that the clients together never
 * have more solves waiting than they are.
 */
final class MixedLoadClient implements Runnable {

    /** What the clients share: the service, the plans they work on, the ledger. */
    record Targets(HttpClient http, URI service, String samplePlanId, String solvePlanId, List<String> editPlanIds,
            String importDocument, WriteLedger ledger) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "lotrinh-load-boundary";
    private static final long POLL_MILLIS = 200;

    private final Targets targets;
    private final int index;
    private final Random random;
    private final long measureFromNanos;
    private final long deadlineNanos;
    private final Map<RequestKind, List<Long>> nanos = new EnumMap<>(RequestKind.class);
    private final List<String> serverErrors = new ArrayList<>();
    private final AtomicLong writes = new AtomicLong();

    MixedLoadClient(Targets targets, int index, long seed, long measureFromNanos, long deadlineNanos) {
        this.targets = targets;
        this.index = index;
        this.random = new Random(seed);
        this.measureFromNanos = measureFromNanos;
        this.deadlineNanos = deadlineNanos;
        for (RequestKind kind : RequestKind.values()) {
            nanos.put(kind, new ArrayList<>());
        }
    }

    @Override
    public void run() {
        while (System.nanoTime() < deadlineNanos) {
            try {
                step(RequestKind.drawn(random.nextInt(1000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Map<RequestKind, List<Long>> nanos() {
        return nanos;
    }

    List<String> serverErrors() {
        return serverErrors;
    }

    private void step(RequestKind kind) throws InterruptedException {
        String plans = "/api/plans/";
        switch (kind) {
            case LIST_PLANS -> timed(kind, get("/api/plans"));
            case READ_PLAN -> timed(kind, get(plans + pick(targets.editPlanIds())));
            case READ_ROADMAP -> timed(kind, gzipGet(plans + targets.solvePlanId() + "/roadmap"));
            case READ_PROJECTION -> timed(kind, gzipGet(plans + targets.samplePlanId() + "/projection"));
            case READ_JOB -> throw new IllegalStateException("a job is read while a solve is watched");
            case IMPORT -> importAPlan();
            case EDIT -> editAPlan();
            case SOLVE -> solveAndWatch();
        }
    }

    private void importAPlan() throws InterruptedException {
        String name = "load-" + index + "-" + writes.incrementAndGet();
        String document = named(targets.importDocument(), name);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + ".json\"\r\nContent-Type: application/json\r\n\r\n" + document + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/plans/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<byte[]> answer = timed(RequestKind.IMPORT, request);
        if (answer == null) {
            targets.ledger().unanswered(name);
        } else if (answer.statusCode() == 201) {
            targets.ledger().imported(name);
        } else {
            targets.ledger().importRefused(name);
        }
    }

    /** Appends a mark to the plan's {@code loadMarks} under {@code If-Match}; a stale version is refused with 412. */
    private void editAPlan() throws InterruptedException {
        String planId = pick(targets.editPlanIds());
        HttpResponse<byte[]> read = timed(RequestKind.READ_PLAN, get("/api/plans/" + planId));
        if (read == null || read.statusCode() != 200) {
            return;
        }
        String mark = "edit-" + index + "-" + writes.incrementAndGet();
        HttpRequest put;
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(read.body());
            ((ArrayNode) document.withArray("/loadMarks")).add(mark);
            put = HttpRequest.newBuilder(uri("/api/plans/" + planId))
                    .header("Content-Type", "application/json")
                    .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(document))).build();
        } catch (IOException e) {
            throw new IllegalStateException("the plan read back is not JSON", e);
        }
        HttpResponse<byte[]> answer = timed(RequestKind.EDIT, put);
        if (answer == null) {
            targets.ledger().unanswered(mark);
        } else if (answer.statusCode() == 200) {
            targets.ledger().edited(planId, mark);
        } else {
            targets.ledger().editRefused(mark);
        }
    }

    private void solveAndWatch() throws InterruptedException {
        HttpRequest start = HttpRequest.newBuilder(uri("/api/plans/" + targets.solvePlanId() + "/solve"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 1}")).build();
        HttpResponse<byte[]> answer = timed(RequestKind.SOLVE, start);
        if (answer == null || answer.statusCode() != 202) {
            return;
        }
        String jobId = field(answer, "jobId");
        String status;
        do {
            Thread.sleep(POLL_MILLIS);
            HttpResponse<byte[]> job = timed(RequestKind.READ_JOB, get("/api/solves/" + jobId));
            status = job == null || job.statusCode() != 200 ? "UNKNOWN" : field(job, "status");
        } while (("QUEUED".equals(status) || "SOLVING".equals(status)) && System.nanoTime() < deadlineNanos);
    }

    /** Sends the request and keeps its time if the measured part of the run has begun; {@code null}: no answer. */
    private HttpResponse<byte[]> timed(RequestKind kind, HttpRequest request) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> answer;
        try {
            answer = targets.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            serverErrors.add(kind + " " + request.uri() + ": no answer (" + e + ")");
            return null;
        }
        if (start >= measureFromNanos) {
            nanos.get(kind).add(System.nanoTime() - start);
        }
        if (answer.statusCode() >= 500) {
            serverErrors.add(kind + " " + request.method() + " " + request.uri() + " answered "
                    + answer.statusCode() + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    /** A read as a browser sends it: a large answer comes gzip-encoded (and is not inflated here). */
    private HttpRequest gzipGet(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").GET().build();
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private URI uri(String path) {
        return targets.service().resolve(path);
    }

    private static String named(String document, String name) {
        try {
            ObjectNode plan = (ObjectNode) JSON.readTree(document);
            plan.put("name", name);
            return JSON.writeValueAsString(plan);
        } catch (IOException e) {
            throw new IllegalStateException("the plan to import is not JSON", e);
        }
    }

    private static String field(HttpResponse<byte[]> answer, String name) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body.path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("the answer is not JSON", e);
        }
    }
}
