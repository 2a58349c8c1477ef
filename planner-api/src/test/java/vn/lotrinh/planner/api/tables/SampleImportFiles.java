package vn.lotrinh.planner.api.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample import files in {@code data/}: the CSV tables, and the Excel workbook made from them. Run {@link #main}
 * (from {@code planner-api}, with the test class path) to write {@code data/sample-import.xlsx} again after changing a
 * CSV sample; {@code TablesToDocumentTest} checks that both import to the same document.
 */
final class SampleImportFiles {

    static final Path DATA = Path.of("..", "data");
    static final Path WORKBOOK = DATA.resolve("sample-import.xlsx");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private SampleImportFiles() {
    }

    /** The CSV file of each table. */
    static Map<PlanTable, Path> csvFiles() {
        Map<PlanTable, Path> files = new EnumMap<>(PlanTable.class);
        files.put(PlanTable.PLAN, DATA.resolve("sample-import-plan.csv"));
        files.put(PlanTable.COMPONENTS, DATA.resolve("sample-import.csv"));
        files.put(PlanTable.BUDGETS, DATA.resolve("sample-import-budgets.csv"));
        files.put(PlanTable.FUNDING_SOURCES, DATA.resolve("sample-import-funding-sources.csv"));
        files.put(PlanTable.PHASES, DATA.resolve("sample-import-phases.csv"));
        files.put(PlanTable.RESOURCES, DATA.resolve("sample-import-resources.csv"));
        files.put(PlanTable.CAPACITIES, DATA.resolve("sample-import-capacities.csv"));
        return files;
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet per CSV table; cells that are plain numbers become numeric cells, as a spreadsheet user types them. */
    static void writeWorkbook(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (Map.Entry<PlanTable, Path> file : csvFiles().entrySet()) {
                SheetTable table = CsvTables.read(bytes(file.getValue()), CellRef.whole(null)).table().orElseThrow();
                Sheet sheet = workbook.createSheet(file.getKey().sheetName());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    header.createCell(c).setCellValue(table.header().get(c));
                }
                for (SheetRow data : table.rows()) {
                    Row row = sheet.createRow(data.number() - 1);
                    for (int c = 0; c < table.header().size(); c++) {
                        String text = data.cell(table.header().get(c));
                        if (text == null) {
                            continue;
                        }
                        if (NUMBER.matcher(text).matches()) {
                            row.createCell(c).setCellValue(Double.parseDouble(text));
                        } else {
                            row.createCell(c).setCellValue(text);
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    public static void main(String[] args) throws IOException {
        try (OutputStream out = Files.newOutputStream(WORKBOOK)) {
            writeWorkbook(out);
        }
        System.out.println("Wrote " + WORKBOOK.toAbsolutePath().normalize());
    }
}
