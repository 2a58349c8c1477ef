package vn.lotrinh.planner.api.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Variations of a workbook for import tests. */
final class WorkbookFixtures {

    private WorkbookFixtures() {
    }

    static byte[] withExtraSheet(byte[] workbook, String sheetName) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet(sheetName).createRow(0).createCell(0).setCellValue("ghi chú");
            book.write(out);
            return out.toByteArray();
        }
    }
}
