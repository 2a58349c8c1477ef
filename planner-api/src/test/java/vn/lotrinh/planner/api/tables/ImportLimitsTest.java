package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV files and workbooks beyond the {@link ImportLimits} are refused naming where; formulas give their results. */
class ImportLimitsTest {

    private static final CellRef FILE = CellRef.whole(null);

    @Test
    void refusesACsvWithMoreColumnsThanATableMayHave() {
        String header = "c,".repeat(ImportLimits.MAX_COLUMNS) + "c";

        assertThat(CsvTables.read(utf8(header + "\n"), FILE).failure().english())
                .isEqualTo("the header has 65 columns, more than the 64 a table may have");
    }

    @Test
    void refusesACsvWithMoreRowsThanATableMayHaveAtTheFirstRowBeyond() {
        String rows = "id\n" + "A\n".repeat(ImportLimits.MAX_ROWS + 1);

        assertThat(CsvTables.read(utf8(rows), FILE).failure().english())
                .isEqualTo("row 100002: the table has more than 100000 rows below its header, the most a table may have");
    }

    @Test
    void readsACsvOfExactlyTheMostRows() {
        String rows = "id\n" + "A\n".repeat(ImportLimits.MAX_ROWS);

        assertThat(CsvTables.read(utf8(rows), FILE).table()).hasValueSatisfying(table ->
                assertThat(table.rows()).hasSize(ImportLimits.MAX_ROWS));
    }

    @Test
    void refusesACsvCellLongerThanACellMayHold() {
        String csv = "id,name\nA," + "x".repeat(ImportLimits.MAX_CELL_CHARS + 1) + "\n";

        assertThat(CsvTables.read(utf8(csv), FILE).failure().english())
                .isEqualTo("row 2, column name: 32768 characters, more than the 32767 a cell may hold");
    }

    @Test
    void refusesACsvWithMoreCellsThanATableMayHold() {
        String header = String.join(",", IntStream.range(0, 32).mapToObj(c -> "c" + c).toList()) + "\n";
        String row = "1,".repeat(31) + "1\n";
        String csv = header + row.repeat(ImportLimits.MAX_CELLS / 32 + 1);

        assertThat(CsvTables.read(utf8(csv), FILE).failure().english())
                .isEqualTo("row 31252: the table has more than 1000000 non-blank cells, the most a table may have");
    }

    @Test
    void refusesAWorkbookWhosePartExpandsAHundredfoldAsAZipBomb() throws IOException {
        byte[] bomb = withSheetXml(oneSheet(), padded(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id"
                + "</t></is></c></row>"), 2_000_000));

        assertThat(XlsxTables.read(bomb).failure().english()).contains("refused as a zip bomb");
    }

    @Test
    void refusesAWorkbookWhosePartIsCompressedByAMethodExcelDoesNotUse() throws IOException {
        byte[] zstandard;
        try (var file = getClass().getResourceAsStream("XlsxImportFuzzTestInputs/importsOrRefusesAnyWorkbook/"
                + "crash-part-compressed-by-zstandard.xlsx")) {
            zstandard = file.readAllBytes();
        }

        assertThat(XlsxTables.read(zstandard).failure().english())
                .isEqualTo("not a readable .xlsx workbook (a part is compressed by a method Excel does not use)");
    }

    @Test
    void refusesAWorkbookWithMoreRowsThanATableMayHaveNamingTheSheetAndRow() throws IOException {
        byte[] workbook = workbook(ImportLimits.MAX_ROWS + 2);

        assertThat(XlsxTables.read(workbook).failure().english()).isEqualTo("sheet Components, row 100002: the table has "
                + "more than 100000 rows below its header, the most a table may have");
    }

    @Test
    void refusesAWorkbookWithMoreSheetsThanItMayHave() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int s = 0; s <= ImportLimits.MAX_SHEETS; s++) {
                book.createSheet("S" + s);
            }
            book.write(out);

            assertThat(XlsxTables.read(out.toByteArray()).failure().english())
                    .isEqualTo("the workbook has 33 sheets, more than the 32 it may have");
        }
    }

    @Test
    void readsTheSavedResultOfAFormulaWithoutEvaluatingIt() throws IOException {
        String sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f>1+1</f><v>7</v></c></row>");

        XlsxTables.Result read = XlsxTables.read(withSheetXml(oneSheet(), sheet));

        assertThat(read.sheets().get("Components").rows()).singleElement()
                .satisfies(row -> assertThat(row.cells()).containsEntry("value", "7"));
    }

    @Test
    void refusesAFormulaSavedWithoutItsResultNamingItsCell() throws IOException {
        String sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f>SUM(B1:B9)</f></c></row>");

        assertThat(XlsxTables.read(withSheetXml(oneSheet(), sheet)).failure().english()).isEqualTo("sheet Components, row 2, "
                + "column value: the formula =SUM(B1:B9) was saved without its result; type the value itself, or save "
                + "the workbook from a spreadsheet program that computes it");
    }

    private static byte[] oneSheet() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Components").createRow(0).createCell(0).setCellValue("id");
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook with one sheet, Components: a header {@code id} and {@code rows - 1} rows below. */
    private static byte[] workbook(int rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Components");
            sheet.createRow(0).createCell(0).setCellValue("id");
            for (int r = 1; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("C" + r);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** The sheet's XML with {@code spaces} blanks before its end: compresses to almost nothing. */
    private static String padded(String sheetXml, int spaces) {
        int end = sheetXml.indexOf("</worksheet>");
        return sheetXml.substring(0, end) + " ".repeat(spaces) + sheetXml.substring(end);
    }

    /** The workbook with its first sheet's part replaced by {@code xml}. */
    private static byte[] withSheetXml(byte[] workbook, String xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals("xl/worksheets/sheet1.xml") ? utf8(xml) : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
