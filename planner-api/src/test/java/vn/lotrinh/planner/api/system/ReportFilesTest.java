package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.read.Text;

/** A report workbook finance staff can hand on: frozen, filtered, numbers formatted, columns fitted. */
class ReportFilesTest {

    /** Sheets in capitals, columns as "Cột key", texts in Vietnamese. */
    private static final ReportTitles TITLES = new ReportTitles() {
        @Override
        public String sheet(String name) {
            return name.toUpperCase(Locale.ROOT);
        }

        @Override
        public String column(String key) {
            return "Cột " + key;
        }

        @Override
        public String text(Text text) {
            return text.vietnamese();
        }
    };

    private final ReportTable table = new ReportTable("Roadmap", List.of("name", "capex", "share"),
            List.of(List.of("Kho dữ liệu dùng chung của tỉnh", new BigDecimal("20000"), 0.25),
                    List.of("SOC", new BigDecimal("18000.5"), 0.5)),
            Map.of("name", 50));

    @Test
    void theHeaderIsFrozenAndFilteredAndNumbersAreThousandsSeparated() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(List.of(table))))) {
            XSSFSheet sheet = workbook.getSheet("Roadmap");

            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0##");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(18000.5);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
        }
    }

    @Test
    void titlesNameTheSheetTheHeaderAndTheKeyCellsWhileHintsStayKeyedByTheKeys() throws IOException {
        ReportTable figures = ReportTable.figures("Totals", List.of(List.of("capex", new BigDecimal("5"))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(ReportFiles.xlsx(List.of(table, figures), TITLES)))) {
            Sheet roadmap = workbook.getSheet("ROADMAP");
            Sheet totals = workbook.getSheet("TOTALS");

            assertThat(roadmap.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Cột capex");
            assertThat(roadmap.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kho dữ liệu dùng chung của tỉnh");
            assertThat(roadmap.getColumnWidth(0)).isEqualTo(50 * 256);
            assertThat(totals.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cột figure");
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cột capex");
            assertThat(totals.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void aTextForPeopleIsInEnglishInTheCsvAndTheKeyedWorkbookAndInTheTitlesLanguageOtherwise() throws IOException {
        ReportTable reasons = new ReportTable("Roadmap", List.of("id", "reasons"),
                List.of(List.of("IOC",
                        Text.of("TTDL is MUST but deferred", "TTDL là hạng mục bắt buộc (MUST) nhưng bị hoãn"))),
                Map.of());

        assertThat(new String(ReportFiles.csv(reasons), StandardCharsets.UTF_8))
                .isEqualTo("id,reasons\r\nIOC,TTDL is MUST but deferred\r\n");
        assertThat(reasonCell(ReportFiles.xlsx(List.of(reasons)))).isEqualTo("TTDL is MUST but deferred");
        assertThat(reasonCell(ReportFiles.xlsx(List.of(reasons), TITLES)))
                .isEqualTo("TTDL là hạng mục bắt buộc (MUST) nhưng bị hoãn");
    }

    private static String reasonCell(byte[] workbook) throws IOException {
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return read.getSheetAt(0).getRow(1).getCell(1).getStringCellValue();
        }
    }

    @Test
    void columnsAreAsWideAsTheirHintOrTheirContents() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.xlsx(List.of(table))))) {
            Sheet sheet = workbook.getSheet("Roadmap");

            assertThat(sheet.getColumnWidth(0)).isEqualTo(50 * 256);
            // "18000.5" is the widest cell of capex: 7 characters, one more for the margin; the header with its
            // filter button takes 5 + 3.
            assertThat(sheet.getColumnWidth(1)).isEqualTo(9 * 256);
        }
    }
}
