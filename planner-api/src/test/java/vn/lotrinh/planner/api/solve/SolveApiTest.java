package vn.lotrinh.planner.api.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;

@ApiTest
class SolveApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A solve of the heuristic alone, which no proof ends: it runs until it is stopped. */
    private static final String UNTIL_STOPPED =
            "{\"timeLimitSeconds\": 120, \"unimprovedTimeLimitSeconds\": 120, \"engine\": \"HEURISTIC\"}";

    @Autowired
    ApiClient api;

    @Test
    void solveIsAcceptedAtOnceAndEndsWithAFeasibleRoadmapOfThePlan() {
        String planId = api.createPlan(examplePlan());

        ResponseEntity<String> accepted = api.postJson("/api/plans/" + planId + "/solve",
                "{\"objective\": \"VALUE_OVER_TIME\", \"timeLimitSeconds\": 2}");

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        String jobId = json(accepted.getBody()).get("jobId").asText();
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/solves/" + jobId);
        assertThat(json(accepted.getBody()).get("status").asText()).isIn("QUEUED", "SOLVING");

        JsonNode job = api.awaitJob(jobId, PATIENCE, "COMPLETED", "FAILED");
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("planId").asText()).isEqualTo(planId);
        assertThat(job.get("bestScore").asText()).matches("0hard/0medium/-?\\d+soft");
        assertThat(job.get("startedAt").isNull()).isFalse();
        assertThat(job.get("finishedAt").isNull()).isFalse();

        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        assertThat(roadmap.get("jobId").asText()).isEqualTo(jobId);
        assertThat(roadmap.get("planVersion").asLong()).isEqualTo(1);
        assertThat(roadmap.get("feasible").asBoolean()).isTrue();
        assertThat(roadmap.get("score").asText()).isEqualTo(job.get("bestScore").asText());
        assertThat(roadmap.get("assignments").findValuesAsText("componentId"))
                .containsExactly("TTDL", "SOC", "LGSP", "MCDT", "KDL", "IOC", "IOC_THUE");
        assertThat(roadmap.get("assignments").get(0).get("startPeriod").asText()).isEqualTo("2021");
    }

    @Test
    void aProvenRoadmapAndItsJobSayOptimalWithTheBound() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, "{\"objective\": \"VALUE_OVER_TIME\", \"timeLimitSeconds\": 60}");

        JsonNode job = api.awaitJob(jobId, PATIENCE, "COMPLETED", "FAILED");

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.at("/optimality/status").asText()).isEqualTo("OPTIMAL");
        JsonNode roadmap = json(api.get("/api/solves/" + jobId + "/roadmap").getBody());
        assertThat(roadmap.at("/optimality/status").asText()).isEqualTo("OPTIMAL");
        assertThat(roadmap.at("/optimality/bound").decimalValue()).isEqualByComparingTo("880");
        assertThat(roadmap.at("/optimality/gap").decimalValue()).isEqualByComparingTo("0");
        assertThat(roadmap.at("/optimality/provenAt").isTextual()).isTrue();
        assertThat(roadmap.get("objectiveValue").decimalValue()).isEqualByComparingTo("880");
    }

    @Test
    void aHeuristicSolveSaysNothingIsProvenAndWhy() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 1, \"engine\": \"HEURISTIC\"}");

        JsonNode job = api.awaitJob(jobId, PATIENCE, "COMPLETED", "FAILED");

        assertThat(job.at("/optimality/status").asText()).isEqualTo("UNKNOWN");
        assertThat(job.at("/optimality/reason").asText())
                .isEqualTo("không yêu cầu tìm kiếm chính xác (engine HEURISTIC)");
        assertThat(job.at("/optimality/bound").isNull()).isTrue();
        String latest = "/api/plans/" + planId + "/roadmap";
        assertThat(json(api.get(latest).getBody()).at("/optimality/reason").asText())
                .isEqualTo("không yêu cầu tìm kiếm chính xác (engine HEURISTIC)");
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        for (String answer : List.of("/api/solves/" + jobId, latest)) {
            JsonNode inEnglish = json(api.exchange(answer, HttpMethod.GET, null, english).getBody());
            assertThat(inEnglish.at("/optimality/reason").asText()).as(answer)
                    .isEqualTo("the exact search was not asked for (engine HEURISTIC)");
        }
        // The latest roadmap's JSON is kept per language, and says which it is in.
        ResponseEntity<String> inEnglish = api.exchange(latest, HttpMethod.GET, null, english);
        assertThat(inEnglish.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(inEnglish.getHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
        assertThat(json(api.get(latest).getBody()).at("/optimality/reason").asText()).startsWith("không yêu cầu");
    }

    /**
     * A plan CP-SAT does not prove for many seconds (200 components, 12 years, tight budgets: a gap of 12 % after
     * 10 s): stopping the job ends both engines, keeping the best roadmap.
     */
    @Test
    void stoppingAPortfolioSolveStopsBothEngines() {
        GeneratorSettings settings = GeneratorSettings.builder().components(200).periods(PeriodUnit.YEAR, 12)
                .headroom(0.1).build();
        String planId = api.createPlan(new RandomPlanGenerator(settings).generate(7).document().toString());
        String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 600, \"unimprovedTimeLimitSeconds\": 600}");
        api.awaitJob(jobId, PATIENCE, "SOLVING");

        api.delete("/api/solves/" + jobId);

        JsonNode job = api.awaitJob(jobId, PATIENCE, "TERMINATED", "COMPLETED", "FAILED");
        assertThat(job.get("status").asText()).isEqualTo("TERMINATED");
        JsonNode roadmap = json(api.get("/api/solves/" + jobId + "/roadmap").getBody());
        assertThat(roadmap.get("feasible").asBoolean()).isTrue();
        assertThat(roadmap.at("/optimality/status").asText()).isIn("FEASIBLE", "UNKNOWN");
    }

    @Test
    void roadmapSaysWhichPlanVersionItSolvedWhenThePlanIsEditedMeanwhile() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 2}");

        assertThat(api.putJson("/api/plans/" + planId, examplePlan().replace("(rút gọn)", "(sửa)"), "\"1\"")
                .getStatusCode().value()).isEqualTo(200);
        api.awaitJob(jobId, PATIENCE, "COMPLETED", "FAILED");

        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        assertThat(roadmap.get("planVersion").asLong()).isEqualTo(1);
        assertThat(json(api.get("/api/plans/" + planId).getBody()).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void stoppedSolveEndsTerminatedKeepingItsBestRoadmap() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, UNTIL_STOPPED);
        api.awaitJob(jobId, PATIENCE, "SOLVING");

        ResponseEntity<String> stop = api.delete("/api/solves/" + jobId);

        assertThat(stop.getStatusCode().value()).isEqualTo(202);
        JsonNode job = api.awaitJob(jobId, PATIENCE, "TERMINATED", "COMPLETED", "FAILED");
        assertThat(job.get("status").asText()).isEqualTo("TERMINATED");
        JsonNode roadmap = json(api.get("/api/solves/" + jobId + "/roadmap").getBody());
        assertThat(roadmap.get("score").asText()).isEqualTo(job.get("bestScore").asText());
        assertThat(roadmap.get("jobStatus").asText()).isEqualTo("TERMINATED");
    }

    @Test
    void runningJobShowsItsBestScoreBeforeItEnds() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, UNTIL_STOPPED);
        try {
            JsonNode job;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            do {
                ApiClient.sleep(100);
                job = json(api.get("/api/solves/" + jobId).getBody());
            } while (job.get("bestScore").isNull() && System.nanoTime() < deadline);

            assertThat(job.get("status").asText()).isEqualTo("SOLVING");
            assertThat(job.get("bestScore").asText()).contains("hard");
            assertThat(api.get("/api/plans/" + planId + "/roadmap").getStatusCode().value()).isEqualTo(200);
        } finally {
            api.delete("/api/solves/" + jobId);
        }
    }

    @Test
    void exportsTheRoadmapAsCsvAndExcelWithOneRowPerComponent() throws Exception {
        String planId = api.createPlan(examplePlan());
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");

        ResponseEntity<byte[]> csv = api.getBytes("/api/plans/" + planId + "/roadmap.csv", MediaType.ALL);
        ResponseEntity<byte[]> negotiated = api.getBytes("/api/plans/" + planId + "/roadmap",
                MediaType.parseMediaType("text/csv"));
        ResponseEntity<byte[]> xlsx = api.getBytes("/api/plans/" + planId + "/roadmap.xlsx", MediaType.ALL);

        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.getBody(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(row -> row.get("id"))
                .containsExactly("TTDL", "SOC", "LGSP", "MCDT", "KDL", "IOC", "IOC_THUE");
        CSVRecord ttdl = rows.get(0);
        assertThat(ttdl.get("name")).isEqualTo("Nâng cấp Trung tâm dữ liệu tỉnh");
        assertThat(ttdl.get("start")).isEqualTo("2021");
        assertThat(ttdl.get("finish")).isEqualTo("2022");
        assertThat(ttdl.get("phase")).isEqualTo("GD1");
        assertThat(ttdl.get("capex")).isEqualTo("12000");
        assertThat(ttdl.get("opex_in_horizon")).isEqualTo("1800");
        assertThat(rows.get(1).get("funding")).isEqualTo("NS_TINH:0.5;NS_TW:0.5");
        assertThat(negotiated.getBody()).isEqualTo(csv.getBody());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheet("Roadmap").getLastRowNum()).isEqualTo(7);
            assertThat(workbook.getSheet("Roadmap").getRow(1).getCell(8).getNumericCellValue()).isEqualTo(12000);
        }
    }

    @Test
    void planNeverSolvedHasNoRoadmap() {
        String planId = api.createPlan(examplePlan());

        ResponseEntity<String> roadmap = api.get("/api/plans/" + planId + "/roadmap");

        assertThat(roadmap.getStatusCode().value()).isEqualTo(404);
        assertThat(roadmap.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.getBytes("/api/plans/" + planId + "/roadmap.xlsx", MediaType.ALL).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void deletingAPlanDeletesItsJobsAndRoadmaps() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(jobId, PATIENCE, "COMPLETED");

        assertThat(api.delete("/api/plans/" + planId).getStatusCode().value()).isEqualTo(204);

        assertThat(api.get("/api/solves/" + jobId).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/solves/" + jobId + "/roadmap").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void deletingAPlanWhileItIsBeingSolvedStopsTheSolve() {
        String planId = api.createPlan(examplePlan());
        String jobId = api.startSolve(planId, UNTIL_STOPPED);
        api.awaitJob(jobId, PATIENCE, "SOLVING");

        assertThat(api.delete("/api/plans/" + planId).getStatusCode().value()).isEqualTo(204);

        assertThat(api.get("/api/solves/" + jobId).getStatusCode().value()).isEqualTo(404);
        assertThat(json(api.get("/api/plans").getBody()).findValuesAsText("id")).doesNotContain(planId);
    }

    @Test
    void listsTheJobsOfAPlanNewestFirst() {
        String planId = api.createPlan(examplePlan());
        String first = api.startSolve(planId, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(first, PATIENCE, "COMPLETED");
        String second = api.startSolve(planId, "{\"timeLimitSeconds\": 1, \"objective\": \"MAX_VALUE\"}");
        api.awaitJob(second, PATIENCE, "COMPLETED");

        JsonNode jobs = json(api.get("/api/plans/" + planId + "/solves").getBody());

        assertThat(jobs.findValuesAsText("jobId")).containsExactly(second, first);
        assertThat(json(api.get("/api/plans/" + planId + "/roadmap").getBody()).get("objective").asText())
                .isEqualTo("MAX_VALUE");
    }
}
