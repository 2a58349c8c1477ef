package vn.lotrinh.planner.api.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@code roadmap-plan/1} document as the tables of an import through the {@link ColumnMapping}, so that
 * importing them reads back to the same plan. Members the format does not name have no column and are left out.
 */
final class DocumentToTables {

    private DocumentToTables() {
    }

    /** Every table, in the order of {@link PlanTable}, empty ones included so that the layout is always whole. */
    static List<ExportedTable> convert(JsonNode document) {
        return Arrays.stream(PlanTable.values()).map(table -> convert(table, document)).toList();
    }

    static ExportedTable convert(PlanTable table, JsonNode document) {
        return table.holdsSettings() ? settings(document) : rows(table, document);
    }

    /** One row per setting the document gives: its name, its value, as {@link PlanTable#SETTING_COLUMNS} says. */
    private static ExportedTable settings(JsonNode document) {
        List<List<CellValue>> rows = new ArrayList<>();
        for (Column setting : PlanTable.PLAN.fields()) {
            CellValue value = cell(setting, document);
            if (!value.text().isEmpty()) {
                rows.add(List.of(new CellValue.Text(setting.name()), value));
            }
        }
        return new ExportedTable(PlanTable.PLAN, rows);
    }

    private static ExportedTable rows(PlanTable table, JsonNode document) {
        List<List<CellValue>> rows = new ArrayList<>();
        for (JsonNode element : document.path(table.tableName())) {
            rows.add(table.fields().stream().map(column -> cell(column, element)).toList());
        }
        return new ExportedTable(table, rows);
    }

    private static CellValue cell(Column column, JsonNode object) {
        JsonNode value = column.valueIn(object);
        return value.isMissingNode() || value.isNull() ? CellValue.BLANK : column.kind().write(value);
    }
}
