package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.data;
import static vn.lotrinh.planner.api.ApiClient.json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.api.system.Downloads;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

@ApiTest
class PlanExportApiTest {

    private static final MediaType CSV = MediaType.parseMediaType(Downloads.CSV);
    private static final MediaType XLSX = MediaType.parseMediaType(Downloads.XLSX);

    @Autowired
    ApiClient api;

    @Test
    void exportsAWorkbookThatImportsBackAsTheSamePlan() {
        String document = new String(data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
        String id = api.createPlan(document);

        ResponseEntity<byte[]> workbook = api.getBytes("/api/plans/" + id + "/plan.xlsx", XLSX);

        assertThat(workbook.getStatusCode().value()).isEqualTo(200);
        assertThat(workbook.getHeaders().getContentType()).isEqualTo(XLSX);
        assertThat(workbook.getHeaders().getContentDisposition().getFilename()).isEqualTo("plan-" + id + ".xlsx");
        assertThat(importedPlan(Map.of("file", Map.entry("plan.xlsx", workbook.getBody()))))
                .isEqualTo(new PlanReader().read(document));
    }

    @Test
    void exportsEveryTableAsCsvThatImportsBackAsTheSamePlan() {
        String id = api.createPlan(ApiClient.examplePlan());
        Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>();
        for (PlanTable table : PlanTable.values()) {
            String path = "/api/plans/" + id + "/plan.csv"
                    + (table == PlanTable.COMPONENTS ? "" : "?table=" + table.tableName());
            parts.put(table.partName(), Map.entry(table.tableName() + ".csv", api.getBytes(path, CSV).getBody()));
        }

        assertThat(importedPlan(parts)).isEqualTo(new PlanReader().read(ApiClient.examplePlan()));
    }

    @Test
    void answersCsvAsUtf8WithVietnameseNamesIntact() {
        String id = api.createPlan(ApiClient.examplePlan());

        ResponseEntity<byte[]> sources = api.getBytes("/api/plans/" + id + "/plan.csv?table=fundingSources", CSV);

        assertThat(sources.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(sources.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("plan-" + id + "-fundingSources.csv");
        assertThat(new String(sources.getBody(), StandardCharsets.UTF_8)).contains("NS_TINH,Ngân sách tỉnh");
    }

    @Test
    void answersAnUnknownPlanWith404ProblemEvenToAClientThatAcceptsOnlyTheWorkbook() {
        ResponseEntity<byte[]> missing = api.getBytes("/api/plans/no-such-plan/plan.xlsx", XLSX);

        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesAnUnknownTableNamingTheQueryParameter() {
        String id = api.createPlan(ApiClient.examplePlan());

        ResponseEntity<String> refused = api.get("/api/plans/" + id + "/plan.csv?table=budget");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(refused.getBody()).get("errors")).singleElement()
                .satisfies(error -> assertThat(error.get("pointer").asText()).isEqualTo("/table"));
    }

    private Plan importedPlan(Map<String, Map.Entry<String, byte[]>> parts) {
        ResponseEntity<String> created = api.upload("/api/plans/import", parts, Map.of());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String location = created.getHeaders().getFirst(HttpHeaders.LOCATION);
        return new PlanReader().read(api.get(location).getBody());
    }
}
