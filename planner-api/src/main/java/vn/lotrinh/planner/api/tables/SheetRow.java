package vn.lotrinh.planner.api.tables;

import java.util.Map;

/**
 * One data row of a table.
 *
 * @param number the row number as a spreadsheet shows it (header = row 1)
 * @param cells trimmed cell text by header name; blank cells are absent
 */
record SheetRow(int number, Map<String, String> cells) {

    SheetRow {
        cells = Map.copyOf(cells);
    }

    String cell(String column) {
        return cells.get(column);
    }

    boolean isBlank() {
        return cells.isEmpty();
    }
}
