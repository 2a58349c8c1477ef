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
}
