package vn.lotrinh.planner.api.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a CSV or Excel file of a plan: one workbook sheet or one CSV file each. Each row of a table is one
 * element of the document's list of the table's name, each column one value of it; the {@code Plan} table instead
 * holds the plan's settings as {@code field, value} rows. What each column or setting stands for is the mapping of
 * {@link ColumnMapping}, which drives both the import ({@link TablesToDocument}) and the export
 * ({@link DocumentToTables}).
 */
enum PlanTable {
    PLAN("Plan"),
    COMPONENTS("Components"),
    BUDGETS("Budgets"),
    FUNDING_SOURCES("FundingSources"),
    PHASES("Phases"),
    RESOURCES("Resources"),
    CAPACITIES("Capacities"),
    CRITERIA("Criteria"),
    COMPARISONS("Comparisons");

    /** The columns of the {@code Plan} table: a setting's name, and its value. */
    static final String SETTING_NAME = "field";
    static final String SETTING_VALUE = "value";
    static final List<String> SETTING_COLUMNS = List.of(SETTING_NAME, SETTING_VALUE);

    private final String sheetName;

    PlanTable(String sheetName) {
        this.sheetName = sheetName;
    }

    /** The workbook sheet's name. */
    String sheetName() {
        return sheetName;
    }

    /**
     * The table's name in a request, the sheet's name with a small initial ({@code fundingSources}): the document's
     * list it fills, and the CSV part of an import that carries it.
     */
    String tableName() {
        return Character.toLowerCase(sheetName.charAt(0)) + sheetName.substring(1);
    }

    /** The multipart part of a CSV import that carries this table: the components are the {@code file} itself. */
    String partName() {
        return this == COMPONENTS ? "file" : tableName();
    }

    /** The document's list that the rows fill, as a JSON Pointer. */
    String pointer() {
        return "/" + tableName();
    }

    /** Whether the rows are plan settings rather than list elements. */
    boolean holdsSettings() {
        return this == PLAN;
    }

    /** The columns, in the order an export writes them; for the {@code Plan} table, the settings. */
    List<Column> fields() {
        return ColumnMapping.fieldsOf(this);
    }

    /** The field with this name. */
    Optional<Column> field(String name) {
        return fields().stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The field that fills this path. */
    Column fieldAt(String path) {
        return fields().stream().filter(field -> field.path().equals(path)).findFirst().orElseThrow();
    }

    /** The columns a file's header may name, in the order an export writes them. */
    List<String> headerColumns() {
        return holdsSettings() ? SETTING_COLUMNS : fields().stream().map(Column::name).toList();
    }

    boolean requires(String column) {
        return holdsSettings() ? SETTING_COLUMNS.contains(column) : field(column).filter(Column::required).isPresent();
    }

    static Optional<PlanTable> named(String tableName) {
        return Arrays.stream(values()).filter(table -> table.tableName().equals(tableName)).findFirst();
    }
}
