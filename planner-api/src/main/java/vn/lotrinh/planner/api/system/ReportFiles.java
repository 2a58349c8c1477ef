package vn.lotrinh.planner.api.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Writes report tables as CSV (UTF-8, RFC 4180, numbers in plain notation, text that would run as a formula behind a
 * quote: {@link FormulaSafe}) and as Excel workbooks that finance staff can hand on (one sheet per table, a bold frozen
 * header row with a filter, sheets and columns named by {@link ReportTitles}, numbers and truth values as typed cells,
 * numbers thousands-separated, columns as wide as their contents or the table's hint).
 */
public final class ReportFiles {

    private static final int EXCEL_CHARACTER_WIDTH = 256;
    private static final int MAX_FITTING_WIDTH = 60;
    /** Room beside a header for the filter's drop-down button. */
    private static final int FILTER_BUTTON_CHARACTERS = 3;

    private ReportFiles() {
    }

    /** The table as CSV: its keys as they are, its texts for people in English (see {@link ReportTitles#KEYS}). */
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

    /** The workbook with the tables' own sheet names and column keys, as programs read it. */
    public static byte[] xlsx(List<ReportTable> tables) {
        return xlsx(tables, ReportTitles.KEYS);
    }

    /** The workbook with its sheets, columns and key cells named by {@code titles}. */
    public static byte[] xlsx(List<ReportTable> tables, ReportTitles titles) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            NumberStyles numbers = new NumberStyles(workbook);
            for (ReportTable table : tables) {
                ReportTable titled = titled(table, titles);
                Sheet sheet = workbook.createSheet(titles.sheet(table.name()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < titled.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(titled.header().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < titled.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = titled.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        write(row, c, cells.get(c), numbers);
                    }
                }
                sheet.createFreezePane(0, 1);
                if (!table.header().isEmpty()) {
                    sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.header().size() - 1));
                }
                for (int c = 0; c < table.header().size(); c++) {
                    Integer hint = table.columnWidths().get(table.header().get(c));
                    sheet.setColumnWidth(c, (hint != null ? hint : fittingWidth(titled, c)) * EXCEL_CHARACTER_WIDTH);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table with its header and key cells titled and its texts in the titles' language; widths stay keyed by the
     * header's keys.
     */
    private static ReportTable titled(ReportTable table, ReportTitles titles) {
        List<Integer> keyColumns = IntStream.range(0, table.header().size())
                .filter(c -> table.keyColumns().contains(table.header().get(c))).boxed().toList();
        List<List<Object>> rows = table.rows().stream().map(row -> {
            List<Object> cells = new ArrayList<>(row);
            keyColumns.stream().filter(c -> c < cells.size() && cells.get(c) != null)
                    .forEach(c -> cells.set(c, titles.column(cells.get(c).toString())));
            cells.replaceAll(cell -> cell instanceof Text text ? titles.text(text) : cell);
            return cells;
        }).toList();
        return new ReportTable(table.name(), table.header().stream().map(titles::column).toList(), rows,
                Map.of(), table.keyColumns());
    }

    /** The width in characters that shows the column's header and cells, within {@link #MAX_FITTING_WIDTH}. */
    private static int fittingWidth(ReportTable table, int column) {
        int widest = table.header().get(column).length() + FILTER_BUTTON_CHARACTERS;
        for (List<Object> row : table.rows()) {
            Object value = column < row.size() ? row.get(column) : null;
            widest = Math.max(widest, value == null ? 0 : csvCell(value).toString().length());
        }
        return Math.min(MAX_FITTING_WIDTH, widest + 1);
    }

    /** Thousands separated; whole numbers without decimals, others with up to three. */
    private static final class NumberStyles {

        private final CellStyle whole;
        private final CellStyle fractional;

        NumberStyles(XSSFWorkbook workbook) {
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            fractional = workbook.createCellStyle();
            fractional.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0##"));
        }

        CellStyle of(double value) {
            return value == Math.rint(value) ? whole : fractional;
        }
    }

    private static void write(Row row, int column, Object value, NumberStyles numbers) {
        if (value instanceof Number number) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(numbers.of(number.doubleValue()));
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
        if (value == null) {
            return "";
        }
        if (value instanceof Text text) {
            return FormulaSafe.forCsv(ReportTitles.KEYS.text(text));
        }
        return value instanceof Number || value instanceof Boolean ? value : FormulaSafe.forCsv(value.toString());
    }
}
