package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;

/**
 * Every report workbook asked for with {@code ?lang=vi} or {@code ?lang=en} is the workbook programs read with its
 * sheets, columns and figure names titled for people, and not one number changed.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWorkbooksApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final MediaType XLSX = MediaType.parseMediaType(Downloads.XLSX);
    /** The columns of texts for people, written in the workbook's language. */
    private static final Set<String> TEXT_COLUMNS = Set.of("reasons", "reasons_b");

    @Autowired
    ApiClient api;

    private final List<String> workbooks = new ArrayList<>();

    @BeforeAll
    void solveTheSamplePlanAScenarioOfItAndAPlanWithCriteria() {
        String sample = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);
        String planId = api.createPlan(sample);
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        String scenarioId = json(api.postJson("/api/plans/" + planId + "/scenarios",
                "{\"name\": \"Cắt 20 %\", \"budgetChanges\": [{\"scale\": 0.8}]}").getBody()).get("id").asText();
        api.awaitJob(api.startSolve(scenarioId, "{\"timeLimitSeconds\": 1}"), PATIENCE, "COMPLETED");
        String withCriteria = api.createPlan(new String(ApiClient.data("sample-priorities.json"),
                StandardCharsets.UTF_8));
        workbooks.addAll(List.of(
                "/api/plans/" + planId + "/roadmap.xlsx?",
                "/api/plans/" + planId + "/projection.xlsx?simulations=200&",
                "/api/plans/" + planId + "/alignment.xlsx?",
                "/api/plans/" + planId + "/compare/" + scenarioId + ".xlsx?",
                "/api/plans/" + withCriteria + "/priorities.xlsx?"));
    }

    @Test
    void inVietnameseAndInEnglishEveryColumnIsTitledAndEveryFigureIsTheSame() throws IOException {
        for (String workbook : workbooks) {
            List<Sheet> keys = sheets(download(workbook));
            for (String lang : List.of("vi", "en")) {
                List<Sheet> titled = sheets(download(workbook + "lang=" + lang));
                assertThat(titled).as(workbook + lang).hasSameSizeAs(keys);
                for (int s = 0; s < keys.size(); s++) {
                    assertTitled(keys.get(s), titled.get(s), lang, workbook + lang);
                }
            }
        }
    }

    @Test
    void theVietnameseRoadmapSpeaksVietnamese() throws IOException {
        Sheet roadmap = sheets(download(workbooks.get(0) + "lang=vi")).get(0);

        assertThat(roadmap.getSheetName()).isEqualTo("Lộ trình");
        assertThat(texts(roadmap.getRow(0))).startsWith("Mã hạng mục", "Tên", "Tầng kiến trúc", "Mức ưu tiên",
                "Kỳ bắt đầu");
    }

    @Test
    void aLanguageThereIsNotIsA400AtLang() {
        ResponseEntity<String> answer = api.get(workbooks.get(0) + "lang=fr");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(answer.getBody()).at("/errors/0/pointer").asText()).isEqualTo("/lang");
    }

    /**
     * Each header cell is a title, not its key; a figures table's first column too; a text for people (a deferral
     * reason) is in the workbook's language, English as without {@code lang}; every other cell is equal.
     */
    private static void assertTitled(Sheet keys, Sheet titled, String lang, String what) {
        List<String> header = texts(keys.getRow(0));
        List<String> titles = texts(titled.getRow(0));
        assertThat(titles).as(what + " " + keys.getSheetName()).hasSameSizeAs(header);
        for (int c = 0; c < header.size(); c++) {
            assertThat(titles.get(c)).as(what + " " + keys.getSheetName() + " column " + header.get(c))
                    .isNotBlank().isNotEqualTo(header.get(c));
        }
        boolean figures = header.equals(List.of("figure", "value"));
        assertThat(titled.getLastRowNum()).isEqualTo(keys.getLastRowNum());
        for (int r = 1; r <= keys.getLastRowNum(); r++) {
            List<String> row = texts(keys.getRow(r));
            List<String> titledRow = texts(titled.getRow(r));
            if (figures) {
                assertThat(titledRow.get(0)).as(what + " figure " + row.get(0)).isNotEqualTo(row.get(0));
                assertThat(titledRow.subList(1, titledRow.size())).isEqualTo(row.subList(1, row.size()));
                continue;
            }
            assertThat(titledRow).as(what + " " + keys.getSheetName() + " row " + r).hasSameSizeAs(row);
            for (int c = 0; c < row.size(); c++) {
                String at = what + " " + keys.getSheetName() + " row " + r + " column " + header.get(c);
                if (TEXT_COLUMNS.contains(header.get(c)) && lang.equals("vi") && !row.get(c).isEmpty()) {
                    assertThat(titledRow.get(c)).as(at).isNotBlank().isNotEqualTo(row.get(c));
                } else {
                    assertThat(titledRow.get(c)).as(at).isEqualTo(row.get(c));
                }
            }
        }
    }

    private byte[] download(String path) {
        ResponseEntity<byte[]> answer = api.getBytes(path, XLSX);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static List<Sheet> sheets(byte[] workbook) throws IOException {
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<Sheet> sheets = new ArrayList<>();
            read.sheetIterator().forEachRemaining(sheets::add);
            return sheets;
        }
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
