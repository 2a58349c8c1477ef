package vn.lotrinh.planner.api.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.read.PlanError;

class TableFilesTest {

    @Test
    void workbookKeepsADecimalThatANumberCellWouldRound() {
        BigDecimal amount = new BigDecimal("0.1234567890123456789");
        ExportedTable budgets = new ExportedTable(PlanTable.BUDGETS, List.of(List.of(new CellValue.Text("NS_TINH"),
                new CellValue.Text("2025"), CellValue.BLANK, new CellValue.Decimal(amount))));

        SheetTable read = XlsxTables.read(TableFiles.xlsx(List.of(budgets))).sheets().get("Budgets");

        assertThat(read.rows()).singleElement().satisfies(row ->
                assertThat(row.cell("amount")).isEqualTo(amount.toPlainString()));
    }

    @Test
    void refusesAWorkbookWhoseCellWouldHoldMoreTextThanExcelAllowsNamingTheValue() {
        List<CellValue> component = new ArrayList<>(Collections.nCopies(PlanTable.COMPONENTS.headerColumns().size(),
                CellValue.BLANK));
        component.set(PlanTable.COMPONENTS.headerColumns().indexOf("depends_on"),
                new CellValue.Text("C".repeat(SpreadsheetVersion.EXCEL2007.getMaxTextLength() + 1)));
        ExportedTable components = new ExportedTable(PlanTable.COMPONENTS, List.of(component));

        assertThatThrownBy(() -> TableFiles.xlsx(List.of(components)))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.errors())
                        .extracting(PlanError::pointer).containsExactly("/components/0/dependsOn"));
    }

    @Test
    void csvIsUtf8WithVietnameseNamesIntact() {
        ExportedTable sources = new ExportedTable(PlanTable.FUNDING_SOURCES,
                List.of(List.of(new CellValue.Text("NS_TINH"), new CellValue.Text("Ngân sách tỉnh"))));

        assertThat(new String(TableFiles.csv(sources), StandardCharsets.UTF_8))
                .isEqualTo("id,name\r\nNS_TINH,Ngân sách tỉnh\r\n");
    }
}
