package vn.lotrinh.planner.api.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes report tables as CSV (UTF-8, RFC 4180, numbers in plain notation) and as Excel workbooks (one sheet per
 * table, a bold frozen header row, numbers and truth values as typed cells).
 */
public final class ReportFiles {

    private static final int EXCEL_CHARACTER_WIDTH = 256;

    private ReportFiles() {
    }

    public static byte[] csv(ReportTable table) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.print(text)) {
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(ReportFiles::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<ReportTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTable table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        write(row, c, cells.get(c));
                    }
                }
                sheet.createFreezePane(0, 1);
                table.columnWidths().forEach((column, characters) -> sheet.setColumnWidth(
                        table.header().indexOf(column), characters * EXCEL_CHARACTER_WIDTH));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, int column, Object value) {
        if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            row.createCell(column).setCellValue(flag);
        } else if (value != null && !value.toString().isEmpty()) {
            row.createCell(column).setCellValue(value.toString());
        }
    }

    private static Object csvCell(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value;
    }
}
