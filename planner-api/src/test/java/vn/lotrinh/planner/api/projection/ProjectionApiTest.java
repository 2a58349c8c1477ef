package vn.lotrinh.planner.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.projection.CostProjector;
import vn.lotrinh.planner.core.projection.ProjectionSettings;

/** The example plan, solved once over HTTP, projected through the service and checked against the core. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> PERCENTILES = List.of("p10", "p50", "p80", "p90", "mean");

    @Autowired
    ApiClient api;

    @Autowired
    ObjectMapper serviceJson;

    String planId;
    String jobId;

    @BeforeAll
    void solveTheExamplePlan() {
        planId = api.createPlan(examplePlan());
        jobId = solve(planId, "{\"timeLimitSeconds\": 1}");
    }

    @Test
    void projectsTheLatestRoadmapExactlyAsTheCoreDoesForTheSameSeed() throws JsonProcessingException {
        ResponseEntity<String> answer = api.get(projection(planId) + "?simulations=2000&seed=7");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode body = json(answer.getBody());
        JsonNode expected = json(serviceJson.writeValueAsString(new CostProjector().project(
                new PlanReader().read(examplePlan()), startsOfLatestRoadmap(), new ProjectionSettings(2000, 7))));
        assertThat(body.get("planId").asText()).isEqualTo(planId);
        assertThat(body.get("jobId").asText()).isEqualTo(jobId);
        assertThat(body.get("planVersion").asLong()).isEqualTo(1);
        assertThat(body.get("currency").asText()).isEqualTo("VND");
        assertThat(body.get("moneyUnit").isIntegralNumber()).isTrue();
        assertThat(body.get("moneyUnit").asLong()).isEqualTo(1_000_000);
        assertThat(body.get("simulations").asInt()).isEqualTo(2000);
        assertThat(body.get("seed").asLong()).isEqualTo(7);
        assertThat(body.get("periods")).isEqualTo(expected.get("periods"));
        assertThat(body.get("phases")).isEqualTo(expected.get("phases"));
        assertThat(body.get("totals")).isEqualTo(expected.get("totals"));
    }

    @Test
    void withoutParametersRunsTenThousandSimulationsWithSeed42() {
        JsonNode body = json(api.get(projection(planId)).getBody());

        assertThat(body.get("simulations").asInt()).isEqualTo(10_000);
        assertThat(body.get("seed").asLong()).isEqualTo(42);
        assertThat(body.get("periods").findValuesAsText("period"))
                .containsExactly("2021", "2022", "2023", "2024", "2025");
        assertThat(body.get("periods").get(0).get("total").isNumber()).isTrue();
    }

    @Test
    void withoutSimulationsEveryPercentileIsThePlannedFigure() {
        JsonNode body = json(api.get(projection(planId) + "?simulations=0").getBody());

        assertThat(body.get("simulations").asInt()).isZero();
        List<JsonNode> figures = new ArrayList<>();
        body.get("periods").forEach(figures::add);
        body.get("phases").forEach(figures::add);
        figures.add(body.get("totals"));
        for (JsonNode figure : figures) {
            for (String percentile : PERCENTILES) {
                assertThat(figure.get(percentile).decimalValue()).as(percentile + " of " + figure)
                        .isEqualByComparingTo(figure.get("total").decimalValue());
            }
            figure.get("byFundingSource").forEach(source -> {
                for (String percentile : PERCENTILES) {
                    assertThat(source.get(percentile).decimalValue()).isEqualByComparingTo(
                            source.get("spend").decimalValue());
                }
            });
        }
    }

    @Test
    void sameSeedGivesTheSameBodyAndAnotherSeedOtherPercentiles() {
        String first = api.get(projection(planId) + "?simulations=1000&seed=11").getBody();
        String again = api.get(projection(planId) + "?simulations=1000&seed=11").getBody();
        String otherSeed = api.get(projection(planId) + "?simulations=1000&seed=12").getBody();

        assertThat(again).isEqualTo(first);
        assertThat(json(otherSeed).get("totals").get("p80")).isNotEqualTo(json(first).get("totals").get("p80"));
        assertThat(json(otherSeed).get("totals").get("total")).isEqualTo(json(first).get("totals").get("total"));
    }

    @Test
    void csvHasOneRowPerPeriodWithTheFiguresOfTheJson() throws Exception {
        JsonNode body = json(api.get(projection(planId) + "?simulations=500&seed=5").getBody());

        ResponseEntity<byte[]> csv = api.getBytes(projection(planId) + ".csv?simulations=500&seed=5", MediaType.ALL);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.getBody(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(5);
        for (int t = 0; t < rows.size(); t++) {
            CSVRecord row = rows.get(t);
            JsonNode period = body.get("periods").get(t);
            assertThat(row.get("period")).isEqualTo(period.get("period").asText());
            assertThat(row.get("phase")).isEqualTo(period.get("phase").asText());
            for (String column : List.of("capex", "opex", "total", "nominal", "p80")) {
                assertThat(row.get(column)).as(column).isEqualTo(period.get(column).decimalValue().toPlainString());
            }
            assertThat(row.get("present_value")).isEqualTo(period.get("presentValue").decimalValue().toPlainString());
            JsonNode tinh = period.get("byFundingSource").get("NS_TINH");
            assertThat(row.get("NS_TINH.spend")).isEqualTo(tinh.get("spend").decimalValue().toPlainString());
            assertThat(Double.parseDouble(row.get("NS_TINH.prob_over_budget")))
                    .isEqualTo(tinh.get("probOverBudget").asDouble());
        }
        assertThat(rows.get(0).get("NS_TINH.budget")).isEqualTo("16000");
        assertThat(rows.get(0).get("NS_TW.budget")).as("NS_TW has no period cap").isEmpty();
        assertThat(rows.get(0).get("layer.INFRASTRUCTURE")).isEqualTo(
                body.get("periods").get(0).get("byLayer").get("INFRASTRUCTURE").decimalValue().toPlainString());
        assertThat(api.getBytes(projection(planId) + "?simulations=500&seed=5", MediaType.parseMediaType("text/csv"))
                .getBody()).isEqualTo(csv.getBody());
    }

    @Test
    void excelHasPeriodsFundingSourcesPhasesAndTotalsSheets() throws Exception {
        JsonNode body = json(api.get(projection(planId) + "?simulations=500&seed=5").getBody());

        ResponseEntity<byte[]> xlsx = api.getBytes(projection(planId) + ".xlsx?simulations=500&seed=5", MediaType.ALL);

        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3))).containsExactly("Periods", "FundingSources", "Phases", "Totals");
            Sheet periods = workbook.getSheet("Periods");
            assertThat(periods.getLastRowNum()).isEqualTo(5);
            assertThat(periods.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2023");
            assertThat(periods.getRow(3).getCell(4).getNumericCellValue())
                    .isEqualTo(body.get("periods").get(2).get("total").asDouble());
            // 5 periods and 2 phases, each with 2 funding sources, and the 2 sources over the horizon.
            assertThat(workbook.getSheet("FundingSources").getLastRowNum()).isEqualTo(5 * 2 + 2 * 2 + 2);
            assertThat(workbook.getSheet("Phases").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("Phases").getRow(2).getCell(0).getStringCellValue()).isEqualTo("GD2");
            Map<String, Row> totals = new HashMap<>();
            workbook.getSheet("Totals").forEach(row -> totals.put(row.getCell(0).getStringCellValue(), row));
            assertThat(totals.get("total").getCell(1).getNumericCellValue())
                    .isEqualTo(body.get("totals").get("total").asDouble());
            assertThat(totals.get("p80").getCell(1).getNumericCellValue())
                    .isEqualTo(body.get("totals").get("p80").asDouble());
            assertThat(totals.get("seed").getCell(1).getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void newSolveOfThePlanIsProjectedInsteadOfTheCachedOne() {
        String plan = api.createPlan(examplePlan());
        String firstJob = solve(plan, "{\"timeLimitSeconds\": 1}");
        assertThat(json(api.get(projection(plan)).getBody()).get("jobId").asText()).isEqualTo(firstJob);

        String secondJob = solve(plan, "{\"timeLimitSeconds\": 1, \"objective\": \"MAX_VALUE\"}");

        assertThat(json(api.get(projection(plan)).getBody()).get("jobId").asText()).isEqualTo(secondJob);
    }

    @Test
    void unknownPlanIsA404Problem() {
        ResponseEntity<String> answer = api.get("/api/plans/no-such-plan/projection");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void planNeverSolvedIsA404ProblemForEveryForm() {
        String unsolved = api.createPlan(examplePlan());

        ResponseEntity<String> answer = api.get(projection(unsolved));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(json(answer.getBody()).get("detail").asText()).contains("chưa có lộ trình");
        assertThat(api.getBytes(projection(unsolved) + ".csv", MediaType.ALL).getStatusCode().value()).isEqualTo(404);
        assertThat(api.getBytes(projection(unsolved) + ".xlsx", MediaType.ALL).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void tooManySimulationsIsA400ProblemNamingTheParameter() {
        ResponseEntity<String> answer = api.get(projection(planId) + "?simulations=100001");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(answer.getBody()).get("errors").get(0).get("pointer").asText()).isEqualTo("/simulations");
    }

    @Test
    void openApiDocumentDescribesTheProjectionAndItsQuery() {
        JsonNode docs = json(api.get("/v3/api-docs").getBody());

        JsonNode get = docs.get("paths").get("/api/plans/{planId}/projection").get("get");
        assertThat(get.get("parameters").findValuesAsText("name")).contains("simulations", "seed");
        assertThat(get.get("responses").get("200").toString()).contains("ProjectionResponse");
        assertThat(docs.get("components").get("schemas").get("ProjectionResponse").get("properties").has("periods"))
                .isTrue();
    }

    private Map<String, Integer> startsOfLatestRoadmap() {
        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        assertThat(roadmap.get("jobId").asText()).isEqualTo(jobId);
        Map<String, Integer> starts = new HashMap<>();
        roadmap.get("assignments").forEach(assignment -> starts.put(assignment.get("componentId").asText(),
                assignment.get("start").isNull() ? null : assignment.get("start").asInt()));
        return starts;
    }

    private String solve(String plan, String request) {
        String job = api.startSolve(plan, request);
        api.awaitJob(job, PATIENCE, "COMPLETED");
        return job;
    }

    private static String projection(String plan) {
        return "/api/plans/" + plan + "/projection";
    }
}
