package vn.lotrinh.planner.api.tables;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Reads every sheet of an Excel workbook ({@code .xlsx}) into a {@link SheetTable}: the first non-blank row of a sheet
 * is its header. Numbers become plain decimal text ({@code 2021}, {@code 0.7}); formulas give their cached result.
 */
final class XlsxTables {

    private XlsxTables() {
    }

    /** Sheets by name as written in the workbook, or the reason the bytes are not a workbook. */
    static Result read(byte[] bytes) {
        Map<String, SheetTable> tables = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                tables.put(sheet.getSheetName(), table(sheet));
            }
        } catch (Exception e) {
            // POI signals a damaged or foreign file with many unrelated exception types.
            return new Result(Map.of(), Text.format("not a readable .xlsx workbook ({0})",
                    "không phải là tệp .xlsx đọc được ({0})", e.getClass().getSimpleName()));
        }
        return new Result(tables, null);
    }

    private static SheetTable table(Sheet sheet) {
        CellRef location = CellRef.whole(CellRef.sheet(sheet.getSheetName()));
        List<String> header = null;
        int headerRow = 1;
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (header == null) {
                List<String> names = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    names.add(SheetTable.normaliseColumn(text(row.getCell(c))));
                }
                if (names.stream().anyMatch(name -> !name.isEmpty())) {
                    header = names;
                    headerRow = row.getRowNum() + 1;
                }
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = text(row.getCell(c)).strip();
                if (!value.isEmpty() && !header.get(c).isEmpty()) {
                    cells.put(header.get(c), value);
                }
            }
            SheetRow data = new SheetRow(row.getRowNum() + 1, cells);
            if (!data.isBlank()) {
                rows.add(data);
            }
        }
        return new SheetTable(location, headerRow, header == null ? List.of() : header, rows);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    record Result(Map<String, SheetTable> sheets, Text failure) {
    }
}
