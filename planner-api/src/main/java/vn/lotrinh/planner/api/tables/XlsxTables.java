package vn.lotrinh.planner.api.tables;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Reads every sheet of an Excel workbook ({@code .xlsx}) into a {@link SheetTable}: the first non-blank row of a sheet
 * is its header. Numbers become plain decimal text ({@code 2021}, {@code 0.7}). A formula gives the result the
 * spreadsheet saved with it and is never evaluated; a formula saved without its result is refused, naming its cell.
 * A workbook beyond the {@link ImportLimits} (a zip bomb, too many sheets, rows, columns, cells or characters) is
 * refused, naming the sheet and the row where it goes beyond them.
 */
final class XlsxTables {

    /** Packages of the codecs Commons Compress loads only when a zip names their method. */
    private static final List<String> OPTIONAL_CODECS = List.of("com/github/luben/zstd/", "org/tukaani/xz/",
            "org/brotli/");

    static {
        ImportLimits.install();
    }

    private XlsxTables() {
    }

    /** Sheets by name as written in the workbook, or the reason the bytes are not a workbook. */
    static Result read(byte[] bytes) {
        Map<String, SheetTable> tables = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() > ImportLimits.MAX_SHEETS) {
                return Result.failure(Text.format("the workbook has {0} sheets, more than the {1} it may have",
                        "tệp Excel có {0} trang tính, nhiều hơn mức tối đa {1}", workbook.getNumberOfSheets(),
                        ImportLimits.MAX_SHEETS));
            }
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName() == null || sheet.getSheetName().isBlank()) {
                    return Result.failure(Text.format("sheet {0} of the workbook has no name; the sheets are named"
                            + " after their tables", "trang tính thứ {0} của tệp không có tên; các trang tính mang tên"
                            + " bảng của chúng", workbook.getSheetIndex(sheet) + 1));
                }
                tables.put(sheet.getSheetName(), table(sheet));
            }
        } catch (UnreadableTableException e) {
            return Result.failure(e.reason());
        } catch (NoClassDefFoundError e) {
            if (!isOptionalCodec(e)) {
                throw e;
            }
            return Result.failure(Text.of("not a readable .xlsx workbook (a part is compressed by a method Excel"
                    + " does not use)", "không phải là tệp .xlsx đọc được (một phần được nén theo cách Excel không"
                    + " dùng)"));
        } catch (Exception e) {
            // POI signals a damaged or foreign file with many unrelated exception types.
            return Result.failure(isZipBomb(e)
                    ? Text.format("the workbook expands beyond what the service reads (more than {0} times its"
                            + " size, or a part over {1} MB): refused as a zip bomb", "tệp Excel giải nén lớn hơn"
                            + " mức dịch vụ đọc (hơn {0} lần kích thước, hoặc một phần trên {1} MB): bị từ chối như"
                            + " một zip bomb", Math.round(1 / ImportLimits.MIN_INFLATE_RATIO),
                            ImportLimits.MAX_ENTRY_BYTES / (1024 * 1024))
                    : Text.format("not a readable .xlsx workbook ({0})", "không phải là tệp .xlsx đọc được ({0})",
                            e.getClass().getSimpleName()));
        }
        return new Result(tables, null);
    }

    /**
     * Whether the missing class is one of Commons Compress's optional codecs, which it reaches for when a part names a
     * compression method Excel never writes (Zstandard, XZ, Brotli): the service ships none of them, so the file is
     * at fault; any other missing class is a fault of the service and stays one.
     */
    private static boolean isOptionalCodec(NoClassDefFoundError e) {
        String missing = String.valueOf(e.getMessage()).replace('.', '/');
        return OPTIONAL_CODECS.stream().anyMatch(missing::startsWith);
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static SheetTable table(Sheet sheet) {
        Text name = CellRef.sheet(sheet.getSheetName());
        CellRef location = CellRef.whole(name);
        List<String> header = null;
        int headerRow = 1;
        int cellCount = 0;
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            CellRef at = location.row(row.getRowNum() + 1);
            if (header == null) {
                if (row.getLastCellNum() > ImportLimits.MAX_COLUMNS) {
                    throw new UnreadableTableException(at, ImportLimits.tooManyColumns(row.getLastCellNum()));
                }
                List<String> names = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    names.add(SheetTable.normaliseColumn(text(row.getCell(c), at)));
                }
                if (names.stream().anyMatch(column -> !column.isEmpty())) {
                    header = names;
                    headerRow = row.getRowNum() + 1;
                }
                continue;
            }
            if (row.getRowNum() + 1 - headerRow > ImportLimits.MAX_ROWS) {
                throw new UnreadableTableException(at, ImportLimits.tooManyRows());
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = text(row.getCell(c), at.column(header.get(c))).strip();
                if (!value.isEmpty() && !header.get(c).isEmpty()) {
                    cells.put(header.get(c), value);
                }
            }
            cellCount += cells.size();
            if (cellCount > ImportLimits.MAX_CELLS) {
                throw new UnreadableTableException(at, ImportLimits.tooManyCells());
            }
            SheetRow data = new SheetRow(row.getRowNum() + 1, cells);
            if (!data.isBlank()) {
                rows.add(data);
            }
        }
        return new SheetTable(location, headerRow, header == null ? List.of() : header, rows);
    }

    private static String text(Cell cell, CellRef at) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
                throw new UnreadableTableException(at, Text.format("the formula ={0} was saved without its result;"
                        + " type the value itself, or save the workbook from a spreadsheet program that computes it",
                        "công thức ={0} được lưu mà không có kết quả; hãy nhập thẳng giá trị, hoặc lưu tệp từ một"
                                + " chương trình bảng tính có tính công thức", cell.getCellFormula()));
            }
            type = cell.getCachedFormulaResultType();
        }
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
        if (text.length() > ImportLimits.MAX_CELL_CHARS) {
            throw new UnreadableTableException(at, ImportLimits.tooLongCell(text.length()));
        }
        return text;
    }

    record Result(Map<String, SheetTable> sheets, Text failure) {

        static Result failure(Text reason) {
            return new Result(Map.of(), reason);
        }
    }
}
