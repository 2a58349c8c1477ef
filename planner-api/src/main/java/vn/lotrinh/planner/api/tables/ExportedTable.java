package vn.lotrinh.planner.api.tables;

import java.util.List;

/**
 * One table of a plan as an export writes it: a row of cells for each element of the table's list (for the
 * {@code Plan} table, for each setting the plan gives), in the order of {@link #header()}.
 */
record ExportedTable(PlanTable table, List<List<CellValue>> rows) {

    ExportedTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    List<String> header() {
        return table.headerColumns();
    }

    /** The JSON Pointer of the document's value that a cell shows. */
    String pointerOf(int row, int column) {
        if (table.holdsSettings()) {
            return table.field(rows.get(row).get(0).text()).orElseThrow().path();
        }
        return table.pointer() + "/" + row + table.fields().get(column).path();
    }
}
