package vn.lotrinh.planner.api.tables;

import java.util.List;
import java.util.Locale;

/**
 * A table read from a CSV file or a workbook sheet: header names as written (normalised to lower case with
 * underscores) and the data rows below, blank rows left out.
 *
 * @param location the whole source, for errors
 * @param headerRow the number of the header row
 */
record SheetTable(CellRef location, int headerRow, List<String> header, List<SheetRow> rows) {

    SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** {@code "Capex High"} and {@code "capex-high"} are both {@code capex_high}. */
    static String normaliseColumn(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
