package vn.lotrinh.planner.api.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.api.system.Downloads;

/** The sample plan against the national framework over HTTP, before and after a solve, as JSON, CSV and Excel. */
@ApiTest
class AlignmentApiTest {

    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);

    @Autowired
    ApiClient api;

    @Test
    void anUnsolvedPlanIsAlignedByItsComponentsAloneWithTheRequiredGapsFirst() {
        String planId = api.createPlan(SAMPLE);

        JsonNode alignment = json(api.get("/api/plans/" + planId + "/alignment").getBody());

        assertThat(alignment.get("framework").asText()).isEqualTo("khung-2.0");
        assertThat(alignment.get("planVersion").asLong()).isEqualTo(1);
        assertThat(alignment.get("roadmap").isNull()).isTrue();
        JsonNode entries = alignment.get("plan").get("entries");
        assertThat(entries).hasSize(63);
        assertThat(entries.get(0).get("code").asText()).isEqualTo("FW_ATTT_CAPDO");
        assertThat(entries.get(0).get("status").asText()).isEqualTo("MISSING");
        assertThat(entries.get(0).get("nameVi").asText()).contains("an toàn");
        JsonNode lgsp = entry(entries, "FW_LGSP");
        assertThat(lgsp.get("status").asText()).isEqualTo("PLANNED");
        assertThat(lgsp.get("deliveredBy")).extracting(JsonNode::asText).containsExactly("LGSP", "LGSP_UPGRADE");
        assertThat(alignment.get("plan").get("duplications")).isEmpty();
    }

    @Test
    void aSolvedPlanIsAlignedByItsLatestRoadmapAndExportsOneRowPerEntry() throws IOException {
        String planId = api.createPlan(SAMPLE);
        String jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 1}");
        api.awaitJob(jobId, Duration.ofSeconds(30), "COMPLETED");
        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        Map<String, JsonNode> assignments = new HashMap<>();
        roadmap.get("assignments").forEach(a -> assignments.put(a.get("componentId").asText(), a));

        JsonNode alignment = json(api.get("/api/plans/" + planId + "/alignment").getBody());

        JsonNode byRoadmap = alignment.get("roadmap");
        assertThat(byRoadmap.get("jobId").asText()).isEqualTo(jobId);
        JsonNode soc = entry(byRoadmap.get("alignment").get("entries"), "FW_SOC_TINH");
        JsonNode socAssignment = assignments.get("SOC");
        assertThat(soc.get("liveFrom").isNull() ? null : soc.get("liveFrom").asText())
                .isEqualTo(socAssignment.get("liveFrom").isNull() ? null : socAssignment.get("liveFrom").asText());
        assertThat(byRoadmap.get("alignment").get("coverage")).hasSize(5);
        assertThat(byRoadmap.get("alignment").get("coverage").get(4).get("required").asInt()).isEqualTo(30);

        String csv = api.get("/api/plans/" + planId + "/alignment.csv").getBody();
        List<CSVRecord> rows = new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv)).getRecords());
        assertThat(rows).hasSize(63);
        CSVRecord socRow = rows.stream().filter(r -> r.get("code").equals("FW_SOC_TINH")).findFirst().orElseThrow();
        assertThat(socRow.get("delivered_by")).isEqualTo("SOC");
        assertThat(socRow.get("status_plan")).isEqualTo("PLANNED");
        assertThat(socRow.get("status_roadmap")).isEqualTo(soc.get("status").asText());

        ResponseEntity<byte[]> workbook = api.getBytes("/api/plans/" + planId + "/alignment.xlsx",
                MediaType.parseMediaType(Downloads.XLSX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
            assertThat(book.getSheet("Entries").getLastRowNum()).isEqualTo(63);
            assertThat(book.getSheet("Coverage").getRow(1).getCell(1).getStringCellValue()).isEqualTo("ALL");
            assertThat(book.getSheet("Duplications")).isNotNull();
            assertThat(book.getSheet("Waste")).isNotNull();
        }
    }

    @Test
    void anUnknownPlanIsA404() {
        assertThat(api.get("/api/plans/khong-co/alignment").getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/plans/khong-co/alignment.csv").getStatusCode().value()).isEqualTo(404);
    }

    private static JsonNode entry(JsonNode entries, String code) {
        for (JsonNode entry : entries) {
            if (entry.get("code").asText().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError(code + " is not listed");
    }
}
