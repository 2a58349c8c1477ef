package vn.lotrinh.planner.api.tables;

import java.util.List;
import java.util.Set;

/**
 * The tables of a CSV or Excel import: one workbook sheet or one CSV part each, with the columns it may have and
 * those it must have. The {@code Plan} table holds the plan's settings as {@code field,value} rows.
 */
enum TableLayout {
    PLAN("Plan", "plan", List.of("field", "value"), Set.of("field", "value")),
    COMPONENTS("Components", "file",
            List.of("id", "name", "layer", "priority", "value", "duration", "capex_low", "capex_likely", "capex_high",
                    "capex_profile", "opex_per_period", "funding", "depends_on", "excludes", "earliest_start",
                    "latest_finish", "pinned_start", "demand"),
            Set.of("id", "name", "duration")),
    BUDGETS("Budgets", "budgets", List.of("funding_source", "period", "phase", "amount"),
            Set.of("funding_source", "amount")),
    FUNDING_SOURCES("FundingSources", "fundingSources", List.of("id", "name"), Set.of("id", "name")),
    PHASES("Phases", "phases", List.of("id", "name", "first_period", "last_period"),
            Set.of("id", "name", "first_period", "last_period")),
    RESOURCES("Resources", "resources", List.of("id", "name", "unit"), Set.of("id")),
    CAPACITIES("Capacities", "capacities", List.of("resource", "period", "amount"), Set.of("resource", "amount"));

    private final String sheetName;
    private final String partName;
    private final List<String> columns;
    private final Set<String> requiredColumns;

    TableLayout(String sheetName, String partName, List<String> columns, Set<String> requiredColumns) {
        this.sheetName = sheetName;
        this.partName = partName;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    /** The workbook sheet's name. */
    String sheetName() {
        return sheetName;
    }

    /** The multipart field that carries this table as CSV. */
    String partName() {
        return partName;
    }

    List<String> columns() {
        return columns;
    }

    Set<String> requiredColumns() {
        return requiredColumns;
    }
}
