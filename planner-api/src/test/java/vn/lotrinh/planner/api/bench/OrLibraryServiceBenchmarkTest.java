package vn.lotrinh.planner.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.bench.OrLibraryReader;

/**
 * Issue 14's OR-Library target through the service itself: each of the 55 instances of {@code mknap1} + {@code mknap2}
 * (published optima) is created over HTTP and solved by {@code POST /api/plans/{id}/solve} asking only for
 * {@code MAX_VALUE} and a 10 s time limit, everything else the service's defaults (engine, threads, the unimproved
 * limit, the exact search's limits). Every roadmap must be at the optimum and say {@code OPTIMAL}. Run it with
 * {@code mvn -B -Pbench -pl planner-api -am test -Dtest=OrLibraryServiceBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints one line per instance and a summary.
 *
 * <p>The service runs with its production properties except an in-memory database and no sample plan.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:orlib-bench;DB_CLOSE_DELAY=-1", "lotrinh.sample.enabled=false"})
@Import(ApiClient.class)
class OrLibraryServiceBenchmarkTest {

    private static final Path ORLIB = TestFiles.find("shared/benchmarks/orlib");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Autowired
    ApiClient api;

    @Test
    void everyInstanceIsSolvedToItsProvenOptimumWithin10Seconds() {
        OrLibraryReader reader = new OrLibraryReader();
        List<OrLibraryReader.Instance> instances = new ArrayList<>(reader.readMknap1Format(ORLIB.resolve("mknap1.txt")));
        instances.addAll(reader.readMknap2(ORLIB.resolve("mknap2.txt")));
        List<String> missed = new ArrayList<>();
        double slowest = 0;
        double total = 0;
        for (OrLibraryReader.Instance instance : instances) {
            String planId = api.createPlan(instance.plan().toString());
            String jobId = api.startSolve(planId, "{\"objective\": \"MAX_VALUE\", \"timeLimitSeconds\": 10}");
            JsonNode job = api.awaitJob(jobId, PATIENCE, "COMPLETED", "TERMINATED", "FAILED");
            assertThat(job.get("status").asText()).as(instance.name()).isEqualTo("COMPLETED");
            JsonNode roadmap = ApiClient.json(api.get("/api/plans/" + planId + "/roadmap").getBody());
            double seconds = Duration.between(Instant.parse(job.get("startedAt").asText()),
                    Instant.parse(job.get("finishedAt").asText())).toMillis() / 1e3;
            boolean atOptimum = roadmap.get("objectiveValue").decimalValue()
                    .compareTo(instance.publishedOptimum()) >= 0;
            String status = roadmap.at("/optimality/status").asText();
            System.out.printf(Locale.ROOT, "orlib-service %s optimum %s roadmap %s %s %.2f s%n", instance.name(),
                    instance.publishedOptimum(), roadmap.get("objectiveValue").asText(), status, seconds);
            if (!atOptimum || !"OPTIMAL".equals(status) || seconds > 10) {
                missed.add(instance.name());
            }
            slowest = Math.max(slowest, seconds);
            total += seconds;
        }
        System.out.printf(Locale.ROOT, "orlib-service summary: %d instances, %d at the proven optimum within 10 s, "
                + "mean %.2f s, slowest %.2f s (solve time, startedAt to finishedAt)%n", instances.size(),
                instances.size() - missed.size(), total / instances.size(), slowest);
        assertThat(missed).as("instances not at their proven optimum within 10 s").isEmpty();
    }
}
