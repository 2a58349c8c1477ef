package vn.lotrinh.planner.api.projection;

import java.util.List;

/**
 * One table of a projection export: a CSV file or a workbook sheet.
 *
 * @param rows cells in {@code header} order: text, {@link java.math.BigDecimal} or {@link Double} numbers, booleans,
 *     or {@code null} for an empty cell
 */
record ProjectionTable(String name, List<String> header, List<List<Object>> rows) {

    ProjectionTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
