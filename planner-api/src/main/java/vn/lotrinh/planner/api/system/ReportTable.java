package vn.lotrinh.planner.api.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table of a report download (a roadmap, a projection, a comparison): a CSV file or a sheet of a workbook, as
 * {@link ReportFiles} writes it.
 *
 * @param name the sheet's name in a workbook
 * @param header the columns' keys ({@code start}, {@code NS_TINH.spend}), which a workbook for people titles
 * @param rows cells in {@code header} order: text, a text for people in both languages
 *     ({@link vn.lotrinh.planner.core.plan.read.Text}, written in the titles' language), numbers
 *     ({@link java.math.BigDecimal}, {@link Double}, {@link Integer}, {@link Long}), booleans, or {@code null} for an
 *     empty cell
 * @param columnWidths the width in characters of each column, by header key, that is wider than a sheet's default
 * @param keyColumns the columns whose cells are keys too, such as a figures table's {@code figure}: a workbook for
 *     people titles them like the header
 */
public record ReportTable(String name, List<String> header, List<List<Object>> rows,
        Map<String, Integer> columnWidths, Set<String> keyColumns) {

    private static final String FIGURE = "figure";

    /** Copies: the rows may hold {@code null} cells, which {@link List#copyOf} refuses. */
    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        columnWidths = Map.copyOf(columnWidths);
        keyColumns = Set.copyOf(keyColumns);
    }

    public ReportTable(String name, List<String> header, List<List<Object>> rows,
            Map<String, Integer> columnWidths) {
        this(name, header, rows, columnWidths, Set.of());
    }

    /** A table whose columns all have a sheet's default width. */
    public ReportTable(String name, List<String> header, List<List<Object>> rows) {
        this(name, header, rows, Map.of());
    }

    /** A table of {@code figure, value} pairs, the figures named by keys ({@code plan_version}). */
    public static ReportTable figures(String name, List<List<Object>> rows) {
        return new ReportTable(name, List.of(FIGURE, "value"), rows, Map.of(FIGURE, 30), Set.of(FIGURE));
    }
}
