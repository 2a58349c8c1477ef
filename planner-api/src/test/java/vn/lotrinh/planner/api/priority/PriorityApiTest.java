package vn.lotrinh.planner.api.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.api.system.Downloads;

/** The priorities of a plan with criteria over HTTP, as JSON, CSV and Excel; refusals of bad criteria. */
@ApiTest
class PriorityApiTest {

    private static final String PLAN = new String(ApiClient.data("sample-priorities.json"), StandardCharsets.UTF_8);

    @Autowired
    ApiClient api;

    @Test
    void answersTheWeightsTheirConsistencyTheRankingAndTheSensitivity() {
        String planId = api.createPlan(PLAN);

        ResponseEntity<String> answer = api.get("/api/plans/" + planId + "/priorities");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode priorities = json(answer.getBody());
        assertThat(priorities.get("planVersion").asLong()).isEqualTo(1);
        JsonNode weights = priorities.get("weights");
        assertThat(weights.fieldNames()).toIterable()
                .containsExactly("PHAP_LY", "NGUOI_DAN", "KHUNG", "SAN_SANG", "RUI_RO");
        double sum = 0;
        for (JsonNode weight : weights) {
            sum += weight.asDouble();
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(priorities.get("consistencyRatio").asDouble()).isBetween(0.0, 0.1);
        assertThat(priorities.get("randomIndex").asDouble()).isEqualTo(1.12);
        assertThat(priorities.get("criteria").get(1).get("name").asText())
                .isEqualTo("Tác động tới người dân và doanh nghiệp");
        assertThat(priorities.get("comparisons")).hasSize(10);
        JsonNode components = priorities.get("components");
        assertThat(components).hasSize(13);
        assertThat(components.get(0).get("componentId").asText()).isEqualTo("MCDT");
        assertThat(components.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(components.get(0).get("contributions").fieldNames()).toIterable().hasSize(5);
        JsonNode wifi = components.get(12);
        assertThat(wifi.get("componentId").asText()).isEqualTo("WIFI");
        assertThat(wifi.get("explicitValue").asBoolean()).isTrue();
        assertThat(wifi.get("value").asDouble()).isEqualTo(3.5);
        assertThat(priorities.get("sensitivity")).hasSize(5).allSatisfy(range -> {
            assertThat(range.get("lower").asDouble()).isLessThanOrEqualTo(range.get("weight").asDouble());
            assertThat(range.get("upper").asDouble()).isGreaterThanOrEqualTo(range.get("weight").asDouble());
        });
    }

    @Test
    void exportsOneCsvRowPerComponentAndAWorkbookOfFourSheets() throws IOException {
        String planId = api.createPlan(PLAN);

        String csv = api.get("/api/plans/" + planId + "/priorities.csv").getBody();
        List<CSVRecord> rows = new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv)).getRecords());
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0).get("component_id")).isEqualTo("MCDT");
        assertThat(rows.get(0).get("name")).isEqualTo("Hệ thống giải quyết thủ tục hành chính (một cửa điện tử)");
        assertThat(rows.get(0).get("share.KHUNG")).isNotEmpty();
        assertThat(rows.get(12).get("explicit_value")).isEqualTo("true");
        assertThat(rows.get(12).get("share.KHUNG")).isEmpty();

        ResponseEntity<byte[]> workbook = api.getBytes("/api/plans/" + planId + "/priorities.xlsx",
                MediaType.parseMediaType(Downloads.XLSX));
        assertThat(workbook.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("priorities-" + planId + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
            assertThat(book.getSheet("Components").getLastRowNum()).isEqualTo(13);
            assertThat(book.getSheet("Criteria").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Yêu cầu pháp lý bắt buộc");
            assertThat(book.getSheet("Comparisons").getLastRowNum()).isEqualTo(10);
            assertThat(book.getSheet("Summary").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("consistency_ratio");
        }
    }

    @Test
    void aPlanWithoutCriteriaOrAnUnknownPlanHasNoPriorities() {
        String planId = api.createPlan(ApiClient.examplePlan());

        ResponseEntity<String> none = api.get("/api/plans/" + planId + "/priorities");

        assertThat(none.getStatusCode().value()).isEqualTo(404);
        assertThat(none.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(none.getBody()).get("detail").asText()).contains("không có tiêu chí");
        assertThat(api.get("/api/plans/khong-co/priorities").getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/plans/khong-co/priorities.xlsx").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anInconsistentPlanIsRefusedNamingTheComparisonAndNothingIsStored() {
        ObjectNode document = (ObjectNode) json(PLAN);
        ((ObjectNode) document.at("/comparisons/3")).put("ratio", 0.125);
        int plansBefore = json(api.get("/api/plans").getBody()).size();

        ResponseEntity<String> refused = api.postJson("/api/plans", document.toString());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = json(refused.getBody()).get("errors");
        assertThat(errors.get(0).get("pointer").asText()).isEqualTo("/comparisons/3/ratio");
        assertThat(errors.get(0).get("message").asText()).contains("tỷ số nhất quán")
                .contains("sẽ khớp với các so sánh khác");
        assertThat(json(api.get("/api/plans").getBody())).hasSize(plansBefore);
    }

    @Test
    void aScenarioThatJudgesAPairAnewIsWeighedAgain() {
        String planId = api.createPlan(PLAN);

        ResponseEntity<String> created = api.postJson("/api/plans/" + planId + "/scenarios", """
                {"name": "Ưu tiên người dân", "comparisons": [{"a": "NGUOI_DAN", "b": "PHAP_LY", "ratio": 3}]}""");

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String scenarioId = json(created.getBody()).get("id").asText();
        JsonNode parent = json(api.get("/api/plans/" + planId + "/priorities").getBody());
        JsonNode scenario = json(api.get("/api/plans/" + scenarioId + "/priorities").getBody());
        assertThat(scenario.at("/weights/NGUOI_DAN").asDouble()).isGreaterThan(parent.at("/weights/NGUOI_DAN")
                .asDouble());
        assertThat(created.getHeaders().getFirst(HttpHeaders.LOCATION)).endsWith(scenarioId);

        ResponseEntity<String> refused = api.postJson("/api/plans/" + planId + "/scenarios", """
                {"name": "Sai", "comparisons": [{"a": "NGUOI_DAN", "b": "KHONG_CO", "ratio": 3}]}""");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused.getBody()).at("/errors/0/pointer").asText()).isEqualTo("/comparisons/0/b");
    }
}
