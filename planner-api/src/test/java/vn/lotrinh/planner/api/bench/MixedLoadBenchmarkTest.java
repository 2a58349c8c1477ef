package vn.lotrinh.planner.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import vn.lotrinh.planner.api.ApiClient;

/**
 * Issue 18's load acceptance, over real HTTP on loopback: {@value #CLIENTS} clients mixing reads, imports, edits with
 * {@code If-Match} and solves ({@link RequestKind}) against one instance for {@value #MEASURED_SECONDS} s after
 * {@value #WARM_UP_SECONDS} s of warm-up. No answer may be a 5xx, every acknowledged write must be found exactly once
 * afterwards and every refused one not at all, and the heap in use after a full collection must stay under
 * {@value #HEAP_BOUND_MIB} MiB. Prints throughput and latency percentiles per kind. Run it with
 * {@code mvn -B -Pbench -pl planner-api -am test -Dtest=MixedLoadBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MixedLoadBenchmarkTest {

    static final int CLIENTS = 32;
    static final int WARM_UP_SECONDS = 10;
    static final int MEASURED_SECONDS = 60;
    static final int EDITED_PLANS = 4;
    static final long SEED = 18;
    static final long HEAP_BOUND_MIB = 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A database file of its own, replacing the previous run's, as in production. */
    @DynamicPropertySource
    static void databaseInAFile(DynamicPropertyRegistry properties) throws IOException {
        Path directory = Path.of("target", "bench-db-mixed").toAbsolutePath();
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        properties.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + directory.resolve("lotrinh") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    @Test
    void thirtyTwoClientsForAMinuteGetNo5xxAndLoseOrDoubleNoWrite() throws Exception {
        String loadBefore = loadAverage();
        String sample = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
        String example = ApiClient.examplePlan();
        String sampleId = created(sample);
        awaitSolved(sampleId, 3);
        send(HttpRequest.newBuilder(uri("/api/plans/" + sampleId + "/projection")).GET().build());
        String solveId = created(example);
        awaitSolved(solveId, 1);
        List<String> edited = new ArrayList<>();
        for (int i = 0; i < EDITED_PLANS; i++) {
            edited.add(created(example));
        }
        WriteLedger ledger = new WriteLedger();
        MixedLoadClient.Targets targets = new MixedLoadClient.Targets(http, uri("/"), sampleId, solveId, edited,
                example, ledger);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        long deadline = measureFrom + TimeUnit.SECONDS.toNanos(MEASURED_SECONDS);
        List<MixedLoadClient> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            MixedLoadClient client = new MixedLoadClient(targets, i, SEED * 1000 + i, measureFrom, deadline);
            clients.add(client);
            pool.execute(client);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(WARM_UP_SECONDS + MEASURED_SECONDS + 120, TimeUnit.SECONDS)).isTrue();
        long wallNanos = System.nanoTime() - measureFrom;

        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        List<String> serverErrors = clients.stream().flatMap(client -> client.serverErrors().stream()).toList();
        Map<RequestKind, Latencies> latencies = byKind(clients, wallNanos);
        report(latencies, ledger, heapBefore, heapAfter, loadBefore);

        assertThat(serverErrors).as("answers of 500 or more, or none").isEmpty();
        assertEveryImportOnceAndNoRefusedOne(ledger);
        for (String planId : edited) {
            assertEveryEditOnceAndNoRefusedOne(planId, ledger);
        }
        assertThat(heapAfter >> 20).as("MiB of heap in use after a full collection").isLessThan(HEAP_BOUND_MIB);
    }

    private void assertEveryImportOnceAndNoRefusedOne(WriteLedger ledger) throws Exception {
        Map<String, Long> plansByName = new HashMap<>();
        send(HttpRequest.newBuilder(uri("/api/plans")).GET().build()).forEach(plan ->
                plansByName.merge(plan.get("name").asText(), 1L, Long::sum));
        assertThat(ledger.importedNames()).isNotEmpty()
                .allSatisfy(name -> assertThat(plansByName.get(name)).as(name).isEqualTo(1L));
        assertThat(ledger.refusedImportNames()).allSatisfy(name -> assertThat(plansByName).doesNotContainKey(name));
        assertThat(ledger.unanswered()).allSatisfy(name -> assertThat(plansByName.getOrDefault(name, 0L))
                .as(name).isLessThanOrEqualTo(1L));
    }

    private void assertEveryEditOnceAndNoRefusedOne(String planId, WriteLedger ledger) throws Exception {
        List<String> marks = new ArrayList<>();
        send(HttpRequest.newBuilder(uri("/api/plans/" + planId)).GET().build()).path("loadMarks")
                .forEach(mark -> marks.add(mark.asText()));
        Set<String> distinct = Set.copyOf(marks);
        assertThat(marks).as("marks of plan %s, none twice", planId).hasSameSizeAs(distinct);
        assertThat(distinct).as("plan %s keeps every acknowledged edit", planId)
                .containsAll(ledger.editMarks(planId));
        Set<String> acknowledged = Set.copyOf(ledger.editMarks(planId));
        assertThat(distinct.stream().filter(mark -> !acknowledged.contains(mark)))
                .as("plan %s holds only acknowledged or unanswered edits", planId)
                .allSatisfy(mark -> assertThat(ledger.unanswered()).contains(mark));
    }

    private static Map<RequestKind, Latencies> byKind(List<MixedLoadClient> clients, long wallNanos) {
        Map<RequestKind, Latencies> latencies = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            long[] nanos = clients.stream().flatMap(client -> client.nanos().get(kind).stream())
                    .mapToLong(Long::longValue).toArray();
            if (nanos.length > 0) {
                latencies.put(kind, Latencies.of(nanos, wallNanos, 0, 0));
            }
        }
        return latencies;
    }

    private static void report(Map<RequestKind, Latencies> latencies, WriteLedger ledger, long heapBefore,
            long heapAfter, String loadBefore) throws IOException {
        System.out.println("Mixed load, " + CLIENTS + " clients, " + MEASURED_SECONDS + " s measured after "
                + WARM_UP_SECONDS + " s warm-up, " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", load average "
                + loadBefore + " before, " + loadAverage() + " after");
        latencies.forEach((kind, times) -> System.out.println("  " + kind + ": " + times.requestSummary()));
        System.out.println(String.format("  writes: %,d imports and %,d edits acknowledged, %,d imports and %,d edits"
                        + " refused (stale If-Match), %,d unanswered", ledger.importedNames().size(),
                ledger.acknowledgedEdits(), ledger.refusedImportNames().size(), ledger.refusedEditMarks().size(),
                ledger.unanswered().size()));
        System.out.println(String.format("  heap in use after a full collection: %,d MiB before, %,d MiB after",
                heapBefore >> 20, heapAfter >> 20));
    }

    private String created(String document) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/plans")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(document)).build()).get("id").asText();
    }

    private void awaitSolved(String planId, int seconds) throws Exception {
        String jobId = send(HttpRequest.newBuilder(uri("/api/plans/" + planId + "/solve"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": " + seconds + "}")).build())
                .get("jobId").asText();
        Instant deadline = Instant.now().plus(PATIENCE);
        String status;
        do {
            Thread.sleep(250);
            status = send(HttpRequest.newBuilder(uri("/api/solves/" + jobId)).GET().build()).get("status").asText();
        } while (!"COMPLETED".equals(status) && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo("COMPLETED");
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(request.method() + " " + request.uri()).isLessThan(300);
        return JSON.readTree(answer.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        if (!Files.isReadable(proc)) {
            return "unknown";
        }
        String[] averages = Files.readString(proc).strip().split(" ");
        return averages[0] + " " + averages[1];
    }
}
