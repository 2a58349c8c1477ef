package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.data;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.core.plan.read.PlanReader;

@ApiTest
class ImportApiTest {

    @Autowired
    ApiClient api;

    @Test
    void importsTheSamplePlanDocument() {
        ResponseEntity<String> created = api.upload("/api/plans/import",
                Map.of("file", Map.entry("vinh-phuc-egov-2.0.json", data("vinh-phuc-egov-2.0.json"))), Map.of());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = json(created.getBody()).get("id").asText();
        assertThat(new PlanReader().read(api.get("/api/plans/" + id).getBody()))
                .isEqualTo(new PlanReader().read(new String(data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8)));
    }

    @Test
    void answersTheNewPlansVersionAsItsEntityTagLikeACreate() {
        ResponseEntity<String> created = api.upload("/api/plans/import",
                Map.of("file", Map.entry("sample-import.xlsx", data("sample-import.xlsx"))), Map.of());

        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
    }

    @Test
    void importsTheCsvSampleWithItsPartsAsTheExamplePlan() throws Exception {
        ResponseEntity<String> created = api.upload("/api/plans/import", csvSampleParts(), Map.of());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = json(created.getBody()).get("id").asText();
        assertThat(new PlanReader().read(api.get("/api/plans/" + id).getBody()))
                .isEqualTo(TablesToDocumentTest.examplePlan());
    }

    @Test
    void importsTheExcelSampleAsTheExamplePlan() throws Exception {
        ResponseEntity<String> created = api.upload("/api/plans/import",
                Map.of("file", Map.entry("sample-import.xlsx", data("sample-import.xlsx"))), Map.of());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = json(created.getBody()).get("id").asText();
        assertThat(new PlanReader().read(api.get("/api/plans/" + id).getBody()))
                .isEqualTo(TablesToDocumentTest.examplePlan());
    }

    @Test
    void takesPlanSettingsOfACsvImportFromFormFields() {
        String components = "id,name,duration,capex_likely\nA,Alpha,1,100\nB,Beta,2,50\n";

        ResponseEntity<String> created = api.upload("/api/plans/import",
                Map.of("file", Map.entry("components.csv", components.getBytes(StandardCharsets.UTF_8)),
                        "fundingSources", Map.entry("f.csv", "id,name\nNS_TINH,Ngân sách tỉnh\n"
                                .getBytes(StandardCharsets.UTF_8))),
                Map.of("name", "Kế hoạch nhập từ CSV", "periodUnit", "YEAR", "start", "2025", "periods", "3"));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(json(created.getBody()).get("name").asText()).isEqualTo("Kế hoạch nhập từ CSV");
    }

    @Test
    void refusesACsvWithABadRowWholeNamingEveryBadCellAndStoresNothing() {
        Map<String, Map.Entry<String, byte[]>> parts = csvSampleParts();
        String components = new String(data("sample-import.csv"), StandardCharsets.UTF_8)
                .replace("IOC,Trung tâm điều hành thông minh (IOC),BUSINESS,COULD,65,1,12000,15000,25000",
                        "IOC,Trung tâm điều hành thông minh (IOC),BUSINESS,COULD,65,1,12000,15000,nhiều")
                .replace("KDL,Kho dữ liệu dùng chung của tỉnh,DATA,SHOULD,70,2",
                        "KDL,Kho dữ liệu dùng chung của tỉnh,DATA,SHOULD,70,0");
        parts.put("file", Map.entry("sample-import.csv", components.getBytes(StandardCharsets.UTF_8)));
        long before = json(api.get("/api/plans").getBody()).size();

        ResponseEntity<String> refused = api.upload("/api/plans/import", parts, Map.of());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = json(refused.getBody()).get("errors");
        assertThat(errors.findValuesAsText("message"))
                .anyMatch(message -> message.startsWith("hàng 7, cột capex_high: 'nhiều' không phải là số"))
                .anyMatch(message -> message.startsWith("hàng 6, cột duration: "));
        assertThat(json(api.get("/api/plans").getBody()).size()).isEqualTo(before);
    }

    @Test
    void refusesAWorkbookWithAnUnknownSheetByName() throws Exception {
        byte[] workbook = WorkbookFixtures.withExtraSheet(data("sample-import.xlsx"), "Notes");

        ResponseEntity<String> refused = api.upload("/api/plans/import",
                Map.of("file", Map.entry("plan.xlsx", workbook)), Map.of());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused.getBody()).get("errors").findValuesAsText("message"))
                .anyMatch(message -> message.startsWith("trang tính Notes: không có trang tính này"));
    }

    @Test
    void refusesAFileOfAnotherKindWith415() {
        ResponseEntity<String> refused = api.upload("/api/plans/import",
                Map.of("file", Map.entry("plan.xls", new byte[] {1, 2, 3})), Map.of());

        assertThat(refused.getStatusCode().value()).isEqualTo(415);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesAnImportWithoutAFile() {
        ResponseEntity<String> refused = api.upload("/api/plans/import", Map.of(), Map.of("name", "x"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static Map<String, Map.Entry<String, byte[]>> csvSampleParts() {
        Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>();
        SampleImportFiles.csvFiles().forEach((table, file) -> parts.put(table.partName(),
                Map.entry(file.getFileName().toString(), SampleImportFiles.bytes(file))));
        return parts;
    }
}
