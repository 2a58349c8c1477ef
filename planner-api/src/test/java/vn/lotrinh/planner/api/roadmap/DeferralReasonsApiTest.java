package vn.lotrinh.planner.api.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.examplePlan;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.api.system.Downloads;

/**
 * Why a component is deferred is told in the reader's language: the roadmap's JSON as {@code Accept-Language}
 * prefers (Vietnamese unless English is asked for), a workbook in its {@code lang}, and the CSV and a workbook
 * without {@code lang} in English, as programs read them. In the example plan IOC has no start left: its
 * predecessor KDL finishes in 2025 at the earliest.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeferralReasonsApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ENGLISH = "cannot finish by 2025: its predecessor KDL finishes in 2025 at the "
            + "earliest, so it cannot start before 2026";
    private static final String VIETNAMESE = "không thể hoàn thành kịp 2025: hạng mục đi trước KDL sớm nhất hoàn "
            + "thành 2025, nên không thể bắt đầu trước 2026";

    @Autowired
    ApiClient api;

    private String planId;
    private String jobId;

    @BeforeAll
    void solveTheExamplePlan() {
        planId = api.createPlan(examplePlan());
        jobId = api.startSolve(planId, "{\"timeLimitSeconds\": 1, \"engine\": \"HEURISTIC\"}");
        api.awaitJob(jobId, PATIENCE, "COMPLETED");
    }

    @Test
    void theRoadmapGivesTheReasonsInVietnameseUnlessTheReaderPrefersEnglish() {
        for (String path : List.of("/api/plans/" + planId + "/roadmap", "/api/solves/" + jobId + "/roadmap")) {
            assertThat(iocReasons(roadmap(path, null))).as(path).containsExactly(VIETNAMESE);
            assertThat(iocReasons(roadmap(path, "vi-VN,vi;q=0.9"))).as(path).containsExactly(VIETNAMESE);
            assertThat(iocReasons(roadmap(path, "en-US,en;q=0.9"))).as(path).containsExactly(ENGLISH);
        }
    }

    @Test
    void theCsvGivesTheReasonsInEnglish() throws IOException {
        String csv = new String(api.getBytes("/api/plans/" + planId + "/roadmap.csv",
                MediaType.parseMediaType(Downloads.CSV)).getBody(), StandardCharsets.UTF_8);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).filteredOn(row -> row.get("id").equals("IOC"))
                .singleElement().satisfies(row -> assertThat(row.get("reasons")).isEqualTo(ENGLISH));
    }

    @Test
    void aWorkbookGivesTheReasonsInItsLanguageAndInEnglishWithoutOne() throws IOException {
        assertThat(iocReasonsCell("")).isEqualTo(ENGLISH);
        assertThat(iocReasonsCell("?lang=en")).isEqualTo(ENGLISH);
        assertThat(iocReasonsCell("?lang=vi")).isEqualTo(VIETNAMESE);
    }

    private JsonNode roadmap(String path, String acceptLanguage) {
        HttpHeaders headers = new HttpHeaders();
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return json(api.exchange(path, HttpMethod.GET, null, headers).getBody());
    }

    private static List<String> iocReasons(JsonNode roadmap) {
        for (JsonNode assignment : roadmap.get("assignments")) {
            if (assignment.get("componentId").asText().equals("IOC")) {
                assertThat(assignment.get("deferred").asBoolean()).as("IOC deferred").isTrue();
                return StreamSupport.stream(assignment.get("reasons").spliterator(), false).map(JsonNode::asText).toList();
            }
        }
        throw new AssertionError("no IOC in the roadmap");
    }

    /** The reasons cell of IOC's row: the first column holds the component id, the last the reasons. */
    private String iocReasonsCell(String query) throws IOException {
        byte[] workbook = api.getBytes("/api/plans/" + planId + "/roadmap.xlsx" + query,
                MediaType.parseMediaType(Downloads.XLSX)).getBody();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = read.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("IOC")) {
                    return row.getCell(row.getLastCellNum() - 1).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no IOC row in the workbook");
    }
}
