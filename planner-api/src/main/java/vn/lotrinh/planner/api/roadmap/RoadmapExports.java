package vn.lotrinh.planner.api.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

/** Writes roadmap rows as CSV (UTF-8, RFC 4180) and as an Excel workbook with one sheet {@code Roadmap}. */
final class RoadmapExports {

    private RoadmapExports() {
    }

    static byte[] csv(List<RoadmapRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(RoadmapRow.HEADER);
            for (RoadmapRow row : rows) {
                printer.printRecord(row.cells().stream().map(RoadmapExports::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(List<RoadmapRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Roadmap");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < RoadmapRow.HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(RoadmapRow.HEADER.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        row.createCell(c).setCellValue(flag);
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(1, 50 * 256);
            sheet.setColumnWidth(RoadmapRow.HEADER.indexOf("reasons"), 80 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object csvCell(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value == null ? "" : value;
    }
}
