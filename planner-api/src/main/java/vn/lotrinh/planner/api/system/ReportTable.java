package vn.lotrinh.planner.api.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One table of a report download (a roadmap, a projection, a comparison): a CSV file or a sheet of a workbook, as
 * {@link ReportFiles} writes it.
 *
 * @param name the sheet's name in a workbook
 * @param rows cells in {@code header} order: text, numbers ({@link java.math.BigDecimal}, {@link Double},
 *     {@link Integer}, {@link Long}), booleans, or {@code null} for an empty cell
 * @param columnWidths the width in characters of each column, by header name, that is wider than a sheet's default
 */
public record ReportTable(String name, List<String> header, List<List<Object>> rows,
        Map<String, Integer> columnWidths) {

    /** Copies: the rows may hold {@code null} cells, which {@link List#copyOf} refuses. */
    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        columnWidths = Map.copyOf(columnWidths);
    }

    /** A table whose columns all have a sheet's default width. */
    public ReportTable(String name, List<String> header, List<List<Object>> rows) {
        this(name, header, rows, Map.of());
    }
}
