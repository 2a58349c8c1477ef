package vn.lotrinh.planner.api.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lotrinh.planner.api.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.lotrinh.planner.api.ApiClient;
import vn.lotrinh.planner.api.ApiTest;
import vn.lotrinh.planner.api.system.Downloads;

/**
 * The roadmap workbook opens in LibreOffice Calc (Debian's {@code libreoffice-calc-nogui}, installed by
 * {@code .ci/run}) with the figures of the JSON roadmap and the plan: converted to CSV by {@code soffice --headless},
 * every component's start, finish, deferral and capex read back as the service answers them.
 */
@ApiTest
@Tag("libreoffice")
class LibreOfficeExportTest {

    private static final String SAMPLE = new String(ApiClient.data("vinh-phuc-egov-2.0.json"), StandardCharsets.UTF_8);

    /** Calc's CSV filter: comma-separated, double-quoted, UTF-8 (character set 76), from the first line. */
    private static final String UTF8_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1";

    @Autowired
    ApiClient api;

    @Test
    void theRoadmapWorkbookOpensInLibreOfficeWithTheFiguresOfTheJson(@TempDir Path folder) throws Exception {
        String planId = api.createPlan(SAMPLE);
        api.awaitJob(api.startSolve(planId, "{\"timeLimitSeconds\": 2}"), Duration.ofSeconds(60), "COMPLETED");
        Path workbook = folder.resolve("roadmap.xlsx");
        Files.write(workbook, api.getBytes("/api/plans/" + planId + "/roadmap.xlsx",
                MediaType.parseMediaType(Downloads.XLSX)).getBody());

        Map<String, CSVRecord> rows = asCalcReadsIt(workbook, folder);

        JsonNode roadmap = json(api.get("/api/plans/" + planId + "/roadmap").getBody());
        Map<String, BigDecimal> likelyCapex = new HashMap<>();
        json(SAMPLE).get("components").forEach(component -> likelyCapex.put(component.get("id").asText(),
                component.get("capex").get("likely").decimalValue()));
        assertThat(rows).hasSameSizeAs(likelyCapex);
        for (JsonNode assignment : roadmap.get("assignments")) {
            String id = assignment.get("componentId").asText();
            CSVRecord row = rows.get(id);
            assertThat(row).as(id).isNotNull();
            assertThat(Boolean.parseBoolean(row.get("deferred").toLowerCase())).as(id)
                    .isEqualTo(assignment.get("deferred").asBoolean());
            assertThat(row.get("start")).as(id).isEqualTo(assignment.path("startPeriod").asText(""));
            assertThat(row.get("finish")).as(id).isEqualTo(assignment.path("finishPeriod").asText(""));
            assertThat(new BigDecimal(row.get("capex").replace(",", ""))).as(id)
                    .isEqualByComparingTo(likelyCapex.get(id));
        }
    }

    /** The workbook's first sheet as LibreOffice Calc writes it to CSV, rows by component id. */
    private static Map<String, CSVRecord> asCalcReadsIt(Path workbook, Path folder)
            throws IOException, InterruptedException {
        Process soffice = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", UTF8_CSV, "--outdir",
                folder.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(soffice.exitValue()).as(Files.readString(folder.resolve("soffice.log"))).isZero();
        String csv = Files.readString(folder.resolve("roadmap.csv"), StandardCharsets.UTF_8);
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            rows.put(row.get("id"), row);
        }
        return rows;
    }
}
