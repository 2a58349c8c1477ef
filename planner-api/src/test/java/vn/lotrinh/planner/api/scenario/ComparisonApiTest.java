package vn.lotrinh.planner.api.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/**
 * Comparisons over HTTP: the sample plan and a scenario that cuts one budget line in one year by 20 %, re-planned from
 * the parent's roadmap, each roadmap read on its own to check what the comparison says.
 */
@ApiTest
class ComparisonApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
    private static final String LINE = "NSDP_DTC";
    private static final BigDecimal CUT = new BigDecimal("0.8");

    @Autowired
    ApiClient api;

    @Test
    void aCutOfOneLineInOneYearMovesWhatSpentThereAndTheComparisonNamesExactlyTheComponentsWhoseStartDiffers() {
        String parentId = api.createPlan(SAMPLE);
        String parentJob = api.startSolve(parentId, "{\"timeLimitSeconds\": 2}");
        api.awaitJob(parentJob, PATIENCE, "COMPLETED");
        String year = tightestYear(parentId);
        BigDecimal cap = budgetOf(json(SAMPLE), year);
        assertThat(spendOf(parentId, year)).as("the parent spends over 80 %% of %s %s", LINE, year)
                .isGreaterThan(cap.multiply(CUT));
        String scenarioId = json(api.postJson("/api/plans/" + parentId + "/scenarios", "{\"name\": \"Cắt 20 % "
                + LINE + " " + year + "\", \"budgetChanges\": [{\"fundingSource\": \"" + LINE + "\", \"period\": \""
                + year + "\", \"scale\": 0.8}]}").getBody()).get("id").asText();
        api.awaitJob(api.startSolve(scenarioId, "{\"timeLimitSeconds\": 2, \"baselineJobId\": \"" + parentJob
                + "\"}"), PATIENCE, "COMPLETED");

        JsonNode roadmapA = json(api.get("/api/plans/" + parentId + "/roadmap").getBody());
        JsonNode roadmapB = json(api.get("/api/plans/" + scenarioId + "/roadmap").getBody());
        JsonNode comparison = json(api.get("/api/plans/" + parentId + "/compare/" + scenarioId).getBody());

        Map<String, JsonNode> a = assignments(roadmapA);
        Map<String, JsonNode> b = assignments(roadmapB);
        assertThat(roadmapB.get("feasible").asBoolean()).isTrue();
        assertThat(spendOf(scenarioId, year)).isLessThanOrEqualTo(cap.multiply(CUT));
        List<String> spentThere = spendersIn(a, year);
        assertThat(spentThere.stream().filter(id -> !Objects.equals(startOf(a.get(id)), startOf(b.get(id)))))
                .as("what spent on %s in %s moves or is deferred", LINE, year).isNotEmpty();

        Set<String> startDiffers = new HashSet<>();
        a.keySet().stream().filter(id -> !Objects.equals(startOf(a.get(id)), startOf(b.get(id))))
                .forEach(startDiffers::add);
        Set<String> named = new HashSet<>();
        comparison.get("moved").forEach(component -> {
            String id = component.get("componentId").asText();
            named.add(id);
            assertThat(component.get("startA").asText()).isEqualTo(startOf(a.get(id)));
            assertThat(component.get("startB").asText()).isEqualTo(startOf(b.get(id)));
        });
        comparison.get("newlyDeferred").forEach(component -> {
            String id = component.get("componentId").asText();
            named.add(id);
            assertThat(startOf(a.get(id))).isNotNull();
            assertThat(startOf(b.get(id))).isNull();
            assertThat(component.get("reasonsB")).isEqualTo(b.get(id).get("reasons"));
        });
        comparison.get("newlyScheduled").forEach(component -> {
            String id = component.get("componentId").asText();
            named.add(id);
            assertThat(startOf(a.get(id))).isNull();
            assertThat(startOf(b.get(id))).isNotNull();
        });
        assertThat(named).isEqualTo(startDiffers);
        assertThat(comparison.get("unchanged").asInt()).isEqualTo(a.keySet().stream()
                .filter(id -> startOf(a.get(id)) != null && startOf(a.get(id)).equals(startOf(b.get(id)))).count());
        assertThat(comparison.get("onlyInA")).isEmpty();
        assertThat(comparison.get("onlyInB")).isEmpty();
        assertThat(comparison.get("a").get("objectiveValue").decimalValue())
                .isEqualByComparingTo(roadmapA.get("objectiveValue").decimalValue());
        assertThat(comparison.get("b").get("jobId").asText()).isEqualTo(roadmapB.get("jobId").asText());
        assertThat(comparison.get("difference").decimalValue()).isEqualByComparingTo(
                comparison.get("b").get("objectiveValue").decimalValue()
                        .subtract(comparison.get("a").get("objectiveValue").decimalValue()));
        JsonNode lineThatYear = spendIn(comparison, year);
        assertThat(lineThatYear.get("spendA").decimalValue()).isEqualByComparingTo(spendOf(parentId, year));
        assertThat(lineThatYear.get("spendB").decimalValue()).isEqualByComparingTo(spendOf(scenarioId, year));
    }

    @Test
    void theCsvAndTheWorkbookHaveOneRowPerComponent() throws IOException {
        String parentId = api.createPlan(SAMPLE);
        api.awaitJob(api.startSolve(parentId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        String scenarioId = json(api.postJson("/api/plans/" + parentId + "/scenarios",
                "{\"name\": \"Thêm 20 %\", \"budgetScale\": 1.2}").getBody()).get("id").asText();
        api.awaitJob(api.startSolve(scenarioId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        String path = "/api/plans/" + parentId + "/compare/" + scenarioId;
        JsonNode components = json(api.get(path).getBody()).get("components");

        ResponseEntity<byte[]> csv = api.getBytes(path + ".csv", MediaType.ALL);
        ResponseEntity<byte[]> xlsx = api.getBytes(path + ".xlsx", MediaType.ALL);

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.getBody(), StandardCharsets.UTF_8))).getRecords();
        assertThat(records).hasSize(json(SAMPLE).get("components").size());
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).get("component_id")).isEqualTo(components.get(i).get("componentId").asText());
            assertThat(records.get(i).get("name")).isEqualTo(components.get(i).get("name").asText());
            assertThat(records.get(i).get("change")).isEqualTo(components.get(i).get("change").asText());
            assertThat(records.get(i).get("start_b")).isEqualTo(components.get(i).get("startB").asText(""));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheet("Components");
            DataFormatter cells = new DataFormatter();
            assertThat(sheet.getLastRowNum()).isEqualTo(records.size());
            for (int i = 0; i < records.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(cells.formatCellValue(row.getCell(0))).isEqualTo(records.get(i).get("component_id"));
                assertThat(cells.formatCellValue(row.getCell(2))).isEqualTo(records.get(i).get("change"));
            }
            assertThat(workbook.getSheet("Spend").getLastRowNum()).isEqualTo(json(SAMPLE).get("calendar")
                    .get("periods").asInt());
            assertThat(workbook.getSheet("Summary")).isNotNull();
        }
    }

    @Test
    void anUnknownPlanIsA404AndAPlanWithoutARoadmapA409NamingIt() {
        String solved = api.createPlan(SAMPLE);
        api.awaitJob(api.startSolve(solved, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        String unsolved = api.createPlan(SAMPLE);

        for (String suffix : List.of("", ".csv", ".xlsx")) {
            ResponseEntity<String> unknown = api.get("/api/plans/" + solved + "/compare/khong-co" + suffix);
            ResponseEntity<String> noRoadmap = api.get("/api/plans/" + solved + "/compare/" + unsolved + suffix);
            ResponseEntity<String> noRoadmapFirst = api.get("/api/plans/" + unsolved + "/compare/" + solved + suffix);

            assertThat(unknown.getStatusCode().value()).as(suffix).isEqualTo(404);
            assertThat(noRoadmap.getStatusCode().value()).as(suffix).isEqualTo(409);
            assertThat(noRoadmap.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(json(noRoadmap.getBody()).get("planId").asText()).isEqualTo(unsolved);
            assertThat(json(noRoadmapFirst.getBody()).get("planId").asText()).isEqualTo(unsolved);
        }
    }

    /** The year in which the parent's roadmap spends the largest share of the line's budget. */
    private String tightestYear(String planId) {
        JsonNode plan = json(SAMPLE);
        String tightest = null;
        BigDecimal largest = BigDecimal.ZERO;
        for (JsonNode period : projection(planId).get("periods")) {
            String year = period.get("period").asText();
            BigDecimal share = spendOf(planId, year).divide(budgetOf(plan, year), 6, RoundingMode.HALF_UP);
            if (share.compareTo(largest) > 0) {
                largest = share;
                tightest = year;
            }
        }
        return tightest;
    }

    private JsonNode projection(String planId) {
        return json(api.get("/api/plans/" + planId + "/projection?simulations=0").getBody());
    }

    /** The line's budgeted spending in the year by the plan's latest roadmap, from its projection. */
    private BigDecimal spendOf(String planId, String year) {
        for (JsonNode period : projection(planId).get("periods")) {
            if (period.get("period").asText().equals(year)) {
                return period.get("byFundingSource").get(LINE).get("spend").decimalValue();
            }
        }
        throw new AssertionError("no period " + year);
    }

    private static BigDecimal budgetOf(JsonNode plan, String year) {
        for (JsonNode budget : plan.get("budgets")) {
            if (budget.get("fundingSource").asText().equals(LINE) && budget.path("period").asText().equals(year)) {
                return budget.get("amount").decimalValue();
            }
        }
        throw new AssertionError("no budget " + LINE + " " + year);
    }

    private static JsonNode spendIn(JsonNode comparison, String year) {
        for (JsonNode period : comparison.get("spend")) {
            if (period.get("period").asText().equals(year)) {
                for (JsonNode source : period.get("fundingSources")) {
                    if (source.get("fundingSource").asText().equals(LINE)) {
                        return source;
                    }
                }
            }
        }
        throw new AssertionError("no spend of " + LINE + " in " + year);
    }

    /** The components the roadmap has under way in the year that the line funds. */
    private static List<String> spendersIn(Map<String, JsonNode> roadmap, String year) {
        Map<String, JsonNode> components = new HashMap<>();
        json(SAMPLE).get("components").forEach(component -> components.put(component.get("id").asText(), component));
        List<String> spenders = new ArrayList<>();
        roadmap.forEach((id, assignment) -> {
            boolean underWay = startOf(assignment) != null && startOf(assignment).compareTo(year) <= 0
                    && assignment.get("finishPeriod").asText().compareTo(year) >= 0;
            if (underWay && components.get(id).path("funding").has(LINE)) {
                spenders.add(id);
            }
        });
        return spenders;
    }

    private static Map<String, JsonNode> assignments(JsonNode roadmap) {
        Map<String, JsonNode> byId = new HashMap<>();
        roadmap.get("assignments").forEach(assignment -> byId.put(assignment.get("componentId").asText(), assignment));
        return byId;
    }

    private static String startOf(JsonNode assignment) {
        return assignment.get("startPeriod").isNull() ? null : assignment.get("startPeriod").asText();
    }
}
