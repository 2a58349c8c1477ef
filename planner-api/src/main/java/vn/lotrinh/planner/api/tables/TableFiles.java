package vn.lotrinh.planner.api.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lotrinh.planner.api.system.FormulaSafe;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Writes exported tables as files that the import reads back: CSV (UTF-8, RFC 4180) one table a file, or an Excel
 * workbook with one sheet per table named as the import expects.
 */
final class TableFiles {

    private TableFiles() {
    }

    static byte[] csv(ExportedTable table) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.print(text)) {
            printer.printRecord(table.header());
            for (List<CellValue> row : table.rows()) {
                printer.printRecord(row.stream().map(TableFiles::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Headers in bold and frozen; numbers and truth values as typed cells, where a number cell holds them exactly.
     *
     * @throws InvalidRequestException naming every value whose cell would hold more text than Excel allows
     */
    static byte[] xlsx(List<ExportedTable> tables) {
        refuseTextsExcelCannotHold(tables);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            for (ExportedTable table : tables) {
                Sheet sheet = workbook.createSheet(table.table().sheetName());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(headerStyle);
                }
                sheet.createFreezePane(0, 1);
                for (List<CellValue> values : table.rows()) {
                    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                    for (int c = 0; c < values.size(); c++) {
                        write(row, c, values.get(c));
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseTextsExcelCannotHold(List<ExportedTable> tables) {
        int limit = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        List<PlanError> errors = new ArrayList<>();
        for (ExportedTable table : tables) {
            for (int r = 0; r < table.rows().size(); r++) {
                List<CellValue> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    int length = row.get(c).text().length();
                    if (length > limit) {
                        errors.add(new PlanError(table.pointerOf(r, c), Text.format("needs {0} characters in one"
                                + " cell, and an Excel cell holds at most {1}: export the plan as CSV (plan.csv)", "cần"
                                + " {0} ký tự trong một ô, mà một ô Excel chứa tối đa {1}: hãy xuất kế hoạch dạng CSV"
                                + " (plan.csv)", length, limit)));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(Text.of("The plan cannot be written as an Excel workbook.",
                    "Không ghi được kế hoạch thành tệp Excel."), errors);
        }
    }

    private static void write(Row row, int column, CellValue value) {
        if (value instanceof CellValue.Decimal decimal && holdsExactly(decimal.value())) {
            row.createCell(column).setCellValue(decimal.value().doubleValue());
        } else if (value instanceof CellValue.Flag flag) {
            row.createCell(column).setCellValue(flag.value());
        } else if (!value.text().isEmpty()) {
            row.createCell(column).setCellValue(value.text());
        }
    }

    /**
     * Whether a number cell, a double, holds the decimal exactly as the import reads it back. A decimal it would round
     * ({@code 0.12345678901234567}) is written as text instead, so that the export loses nothing.
     */
    private static boolean holdsExactly(BigDecimal value) {
        double number = value.doubleValue();
        return Double.isFinite(number) && BigDecimal.valueOf(number).compareTo(value) == 0;
    }

    /** A text cell that a spreadsheet would run as a formula goes out as text (see {@link FormulaSafe}). */
    private static String csvCell(CellValue cell) {
        return cell instanceof CellValue.Text ? FormulaSafe.forCsv(cell.text()) : cell.text();
    }
}
