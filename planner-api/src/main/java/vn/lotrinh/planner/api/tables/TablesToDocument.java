package vn.lotrinh.planner.api.tables;

import static vn.lotrinh.planner.api.tables.CellReading.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Converts the tables of a CSV or Excel import into a {@code roadmap-plan/1} document through the
 * {@link ColumnMapping}. It checks only what the document cannot express (a column that does not exist, a cell that is
 * not a number); every rule of the format is left to the plan validator, whose errors {@link ConvertedPlan#locate}
 * maps back to rows and columns.
 */
final class TablesToDocument {

    private static final String FORMAT = "roadmap-plan/1";

    /**
     * The top-level members in the order the format describes them: the order of the document, so that it reads like
     * a written one, and of the errors of the tables.
     */
    private static final List<String> MEMBER_ORDER = List.of("format", "name", "description", "currency", "moneyUnit",
            "framework", "frameworkPreference", "calendar", "phases", "fundingSources", "resources", "budgets",
            "capacities", "economics", "criteria", "comparisons", "components");

    private final ConversionFailures failures = new ConversionFailures();
    private final Map<String, CellRef> locations = new HashMap<>();
    private final TabularSource source;

    private TablesToDocument(TabularSource source) {
        this.source = source;
    }

    static ConvertedPlan convert(TabularSource source) {
        return new TablesToDocument(source).convert();
    }

    private ConvertedPlan convert() {
        for (PlanTable table : PlanTable.values()) {
            table(table).ifPresent(sheet -> checkHeader(table, sheet));
        }
        ObjectNode document = NODES.objectNode();
        document.put("format", FORMAT);
        locations.put("", source.locationOf().apply(PlanTable.PLAN));
        settings(document);
        MEMBER_ORDER.stream().map(PlanTable::named).flatMap(Optional::stream).forEach(table ->
                table(table).ifPresent(sheet -> document.set(table.tableName(), rows(table, sheet))));
        if (!document.has(PlanTable.FUNDING_SOURCES.tableName())) {
            locations.put(PlanTable.FUNDING_SOURCES.pointer(), source.locationOf().apply(PlanTable.FUNDING_SOURCES));
            document.set(PlanTable.FUNDING_SOURCES.tableName(), fundingSourcesNamedElsewhere());
        }
        if (!document.has(PlanTable.COMPONENTS.tableName())) {
            locations.put(PlanTable.COMPONENTS.pointer(), source.locationOf().apply(PlanTable.COMPONENTS));
            document.putArray(PlanTable.COMPONENTS.tableName());
        }
        return new ConvertedPlan(inFormatOrder(document), failures.errors(), locations, failures.cells());
    }

    private Optional<SheetTable> table(PlanTable table) {
        return Optional.ofNullable(source.tables().get(table));
    }

    private void checkHeader(PlanTable table, SheetTable sheet) {
        CellRef header = sheet.location().row(sheet.headerRow());
        List<String> columns = table.headerColumns();
        Set<String> seen = new HashSet<>();
        for (String column : sheet.header()) {
            if (column.isEmpty()) {
                continue;
            }
            if (!columns.contains(column)) {
                failures.fail(header.column(column), "", Text.format("unknown column; the columns are {0}",
                        "cột không có trong bảng; các cột là {0}", String.join(", ", columns)));
            } else if (!seen.add(column)) {
                failures.fail(header.column(column), "", Text.of("the column appears twice", "cột xuất hiện hai lần"));
            }
        }
        for (String column : columns) {
            if (table.requires(column) && !sheet.header().contains(column)) {
                failures.fail(header, "", Text.format("the column {0} is missing", "thiếu cột {0}", column));
                failures.silence(new CellRef(sheet.location().source(), 0, column));
            }
        }
    }

    private void settings(ObjectNode document) {
        Map<String, Setting> given = givenSettings();
        for (Column field : PlanTable.PLAN.fields()) {
            Setting setting = given.get(field.name());
            CellRef cell = setting != null ? setting.location()
                    : CellRef.whole(Text.format("plan setting {0}", "thiết lập kế hoạch {0}", field.name()));
            locations.put(field.path(), cell);
            read(document, field.path(), field.kind(), setting == null ? null : setting.value().strip(),
                    new CellAt(cell, field.path(), failures));
        }
        // Present even without settings, so that each missing calendar setting is told by its own name.
        document.withObject("/calendar");
        locations.put("/calendar", given.containsKey("periodUnit")
                ? given.get("periodUnit").location()
                : CellRef.whole(Text.of("plan settings periodUnit, start and periods",
                        "các thiết lập kế hoạch periodUnit, start và periods")));
        if (document.has("economics")) {
            locations.put("/economics", CellRef.whole(Text.of("plan settings of economics",
                    "các thiết lập kinh tế của kế hoạch")));
        }
    }

    /** The settings of the form fields and the {@code Plan} table by name, each known one given once. */
    private Map<String, Setting> givenSettings() {
        List<Setting> given = new ArrayList<>(source.formFields());
        table(PlanTable.PLAN).ifPresent(plan -> {
            for (SheetRow row : plan.rows()) {
                CellRef at = plan.location().row(row.number());
                String field = row.cell(PlanTable.SETTING_NAME);
                if (field == null) {
                    failures.fail(at.column(PlanTable.SETTING_NAME), "", Text.of("the setting's name is missing",
                            "thiếu tên thiết lập"));
                    continue;
                }
                given.add(new Setting(field, row.cells().getOrDefault(PlanTable.SETTING_VALUE, ""),
                        at.column(PlanTable.SETTING_VALUE)));
            }
        });
        Map<String, Setting> settings = new HashMap<>();
        for (Setting setting : given) {
            Optional<Column> field = PlanTable.PLAN.field(setting.field());
            if (field.isEmpty()) {
                CellRef at = setting.location().column() == null
                        ? setting.location()
                        : setting.location().column(PlanTable.SETTING_NAME);
                failures.fail(at, "", Text.format("unknown plan setting '{0}'; the settings are {1}",
                        "không có thiết lập kế hoạch '{0}'; các thiết lập là {1}", setting.field(),
                        String.join(", ", PlanTable.PLAN.fields().stream().map(Column::name).toList())));
            } else if (settings.containsKey(setting.field())) {
                failures.fail(setting.location(), field.get().path(), Text.format("the setting {0} is also given at"
                        + " {1}", "thiết lập {0} cũng được nêu ở {1}", setting.field(),
                        settings.get(setting.field()).location().describe()));
            } else {
                settings.put(setting.field(), setting);
            }
        }
        return settings;
    }

    private ArrayNode rows(PlanTable table, SheetTable sheet) {
        locations.put(table.pointer(), sheet.location());
        ArrayNode array = NODES.arrayNode();
        for (SheetRow row : sheet.rows()) {
            String pointer = table.pointer() + "/" + array.size();
            CellRef at = sheet.location().row(row.number());
            locations.put(pointer, at);
            ObjectNode element = array.addObject();
            for (Column column : table.fields()) {
                CellRef cell = at.column(column.name());
                locations.put(pointer + column.path(), cell);
                String path = column.path();
                if (column.kind() == CellKind.ESTIMATE_LIKELY) {
                    locations.put(pointer + column.parentPath(), cell);
                    path = givesBound(table, row, column) ? path : column.parentPath();
                }
                read(element, path, column.kind(), row.cell(column.name()), new CellAt(cell, pointer + path, failures));
            }
        }
        return array;
    }

    /**
     * Whether the row gives a bound of the estimate whose likely point is {@code likely}. Without one it gives a single
     * figure, which the format writes as a plain number in place of the estimate.
     */
    private static boolean givesBound(PlanTable table, SheetRow row, Column likely) {
        return table.fields().stream().anyMatch(bound -> bound.kind() == CellKind.ESTIMATE_BOUND
                && bound.parentPath().equals(likely.parentPath()) && row.cell(bound.name()) != null);
    }

    /** Reads the text, when there is one, into the value at {@code path} of {@code target}. */
    private static void read(ObjectNode target, String path, CellKind kind, String text, CellAt at) {
        if (text != null && !text.isEmpty()) {
            kind.read(text, at).ifPresent(value -> Column.put(target, path, value));
        }
    }

    /** Without a funding sources table, the funding sources are the ids that funding and budget cells name. */
    private ArrayNode fundingSourcesNamedElsewhere() {
        Set<String> ids = new LinkedHashSet<>();
        String funding = PlanTable.COMPONENTS.fieldAt("/funding").name();
        table(PlanTable.COMPONENTS).ifPresent(components -> components.rows().forEach(row ->
                CellReading.entries(row.cell(funding)).forEach(entry -> ids.add(CellReading.idOf(entry)))));
        String budgetSource = PlanTable.BUDGETS.fieldAt("/fundingSource").name();
        table(PlanTable.BUDGETS).ifPresent(budgets -> budgets.rows().forEach(row -> {
            if (row.cell(budgetSource) != null) {
                ids.add(row.cell(budgetSource));
            }
        }));
        ArrayNode sources = NODES.arrayNode();
        ids.forEach(id -> sources.addObject().put("id", id).put("name", id));
        return sources;
    }

    /** The members in the format's order; any member the order does not name follows, so that none is lost. */
    private static ObjectNode inFormatOrder(ObjectNode document) {
        ObjectNode ordered = NODES.objectNode();
        MEMBER_ORDER.stream().filter(document::has).forEach(member -> ordered.set(member, document.get(member)));
        document.properties().stream().filter(member -> !ordered.has(member.getKey()))
                .forEach(member -> ordered.set(member.getKey(), member.getValue()));
        return ordered;
    }
}
