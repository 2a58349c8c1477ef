package vn.lotrinh.planner.api.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lotrinh.planner.PlannerApplication;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.TestDatabase;

/** The service stops in the middle of a solve or a frontier and starts again on the same database. */
@Tag("database")
class RestartTest {

    @TempDir
    Path directory;

    @Test
    void jobThatWasSolvingWhenTheServiceStoppedIsFailedOnTheNextStartAndThePlanIsIntact() {
        String database = TestDatabase.lasting(directory, "lotrinh");
        String planId;
        String jobId;
        String planBefore;
        try (ConfigurableApplicationContext first = start(database)) {
            ApiClient api = ApiClient.of(first);
            planId = api.createPlan(examplePlan());
            jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 300, \"unimprovedTimeLimitSeconds\": 300"
                    + ", \"engine\": \"HEURISTIC\"}");
            api.awaitJob(jobId, Duration.ofSeconds(30), "SOLVING");
            planBefore = api.get("/api/plans/" + planId).getBody();
        }

        try (ConfigurableApplicationContext second = start(database)) {
            ApiClient api = ApiClient.of(second);
            JsonNode job = json(api.get("/api/solves/" + jobId).getBody());

            assertThat(job.get("status").asText()).isEqualTo("FAILED");
            assertThat(job.get("reason").asText()).isEqualTo("dịch vụ khởi động lại trong khi đang giải");
            assertThat(job.get("finishedAt").isNull()).isFalse();
            assertThat(json(api.get("/api/plans/" + planId).getBody())).isEqualTo(json(planBefore));
            assertThat(api.get("/api/solves/" + jobId + "/roadmap").getStatusCode().value()).isEqualTo(200);
        }
    }

    @Test
    void frontierThatWasTracingWhenTheServiceStoppedIsFailedOnTheNextStartWithThePointsItFound() {
        String database = TestDatabase.lasting(directory, "frontier");
        String frontierId;
        JsonNode found;
        try (ConfigurableApplicationContext first = start(database)) {
            ApiClient api = ApiClient.of(first);
            String planId = api.createPlan(examplePlan());
            frontierId = api.startFrontier(planId, "{\"timeLimitSeconds\": 2}");
            found = api.awaitFrontier(frontierId, Duration.ofSeconds(60),
                    frontier -> frontier.path("progress").path("finished").asInt() >= 1, "a first point");
        }

        try (ConfigurableApplicationContext second = start(database)) {
            JsonNode frontier = json(ApiClient.of(second).get("/api/frontiers/" + frontierId).getBody());

            assertThat(frontier.get("status").asText()).isEqualTo("FAILED");
            assertThat(frontier.get("reason").asText()).isEqualTo("dịch vụ khởi động lại trong khi đang giải");
            assertThat(frontier.get("finishedAt").isNull()).isFalse();
            assertThat(frontier.get("points").size()).isBetween(found.get("points").size(), 10);
            assertThat(frontier.get("points").get(0)).isEqualTo(found.get("points").get(0));
        }
    }

    @Test
    void samplePlanIsLoadedOnTheFirstStartOnly() {
        String database = TestDatabase.lasting(directory, "sample");
        try (ConfigurableApplicationContext first = start(database, "--lotrinh.sample.enabled=true",
                "--lotrinh.sample.path=" + ApiClient.DATA.resolve("vinh-phuc-egov-2.0.json"))) {
            ApiClient api = ApiClient.of(first);
            JsonNode plans = json(api.get("/api/plans").getBody());
            assertThat(plans).hasSize(1);
            api.delete("/api/plans/" + plans.get(0).get("id").asText());
        }

        try (ConfigurableApplicationContext second = start(database, "--lotrinh.sample.enabled=true",
                "--lotrinh.sample.path=" + ApiClient.DATA.resolve("vinh-phuc-egov-2.0.json"))) {
            assertThat(json(ApiClient.of(second).get("/api/plans").getBody())).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String database, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--spring.datasource.url=" + database;
        args[1] = "--server.port=0";
        System.arraycopy(more, 0, args, 2, more.length);
        return new SpringApplicationBuilder(PlannerApplication.class).profiles(TestDatabase.profiles()).run(args);
    }
}
