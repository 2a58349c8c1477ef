package vn.lotrinh.planner.api.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;

/**
 * Gathers the tables and settings of an import. CSV: the components in {@code file}, other tables as parts named
 * after them ({@code plan}, {@code budgets}, {@code fundingSources}, {@code phases}, {@code resources},
 * {@code capacities}), settings also as form fields. Excel: one sheet per table, named {@code Plan},
 * {@code Components}, {@code Budgets}, {@code FundingSources}, {@code Phases}, {@code Resources}, {@code Capacities}.
 */
final class TabularSources {

    private TabularSources() {
    }

    static TabularSource csv(ImportRequest request) {
        List<PlanError> errors = new ArrayList<>();
        Map<TableLayout, SheetTable> tables = new EnumMap<>(TableLayout.class);
        readCsv(request.file(), TableLayout.COMPONENTS, CellRef.whole(null), tables, errors);
        for (Map.Entry<String, List<Upload>> part : request.parts().entrySet()) {
            TableLayout layout = csvPart(part.getKey());
            if (layout == null) {
                errors.add(new PlanError("", "part " + part.getKey() + ": unknown part; the parts are file, "
                        + String.join(", ", csvPartNames())));
            } else if (part.getValue().size() > 1) {
                errors.add(new PlanError("", "part " + part.getKey() + ": given more than once"));
            } else {
                readCsv(part.getValue().get(0), layout, partLocation(layout), tables, errors);
            }
        }
        List<Setting> settings = new ArrayList<>();
        request.fields().forEach((name, values) -> {
            if (values.size() > 1) {
                errors.add(new PlanError("", "form field " + name + ": given more than once"));
            } else {
                settings.add(new Setting(name, values.get(0), CellRef.whole("form field " + name)));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        Function<TableLayout, CellRef> locationOf = layout -> switch (layout) {
            case PLAN -> CellRef.whole("plan settings (form fields or part plan)");
            case COMPONENTS -> CellRef.whole(null);
            default -> partLocation(layout);
        };
        return new TabularSource(settings, tables, locationOf);
    }

    private static void readCsv(Upload upload, TableLayout layout, CellRef location,
            Map<TableLayout, SheetTable> tables, List<PlanError> errors) {
        CsvTables.Result result = CsvTables.read(upload.bytes(), location);
        result.table().ifPresentOrElse(
                table -> tables.put(layout, table),
                () -> errors.add(new PlanError("", location.describe() + ": " + result.failure())));
    }

    static TabularSource xlsx(Upload file) {
        XlsxTables.Result workbook = XlsxTables.read(file.bytes());
        if (workbook.failure() != null) {
            throw new InvalidPlanException(List.of(new PlanError("", workbook.failure())));
        }
        List<PlanError> errors = new ArrayList<>();
        Map<TableLayout, SheetTable> tables = new EnumMap<>(TableLayout.class);
        workbook.sheets().forEach((name, table) -> {
            TableLayout layout = sheet(name);
            if (layout == null) {
                errors.add(new PlanError("", "sheet " + name + ": unknown sheet; the sheets are "
                        + String.join(", ", sheetNames())));
            } else if (tables.containsKey(layout)) {
                errors.add(new PlanError("", "sheet " + name + ": the sheet " + layout.sheetName() + " appears twice"));
            } else {
                tables.put(layout, table);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        return new TabularSource(List.of(), tables, layout -> CellRef.whole("sheet " + layout.sheetName()));
    }

    private static CellRef partLocation(TableLayout layout) {
        return CellRef.whole("part " + layout.partName());
    }

    private static TableLayout csvPart(String name) {
        for (TableLayout layout : TableLayout.values()) {
            if (layout != TableLayout.COMPONENTS && layout.partName().equals(name)) {
                return layout;
            }
        }
        return null;
    }

    private static List<String> csvPartNames() {
        List<String> names = new ArrayList<>();
        for (TableLayout layout : TableLayout.values()) {
            if (layout != TableLayout.COMPONENTS) {
                names.add(layout.partName());
            }
        }
        return names;
    }

    private static TableLayout sheet(String name) {
        String wanted = name.strip().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (TableLayout layout : TableLayout.values()) {
            if (layout.sheetName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return layout;
            }
        }
        return null;
    }

    private static List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (TableLayout layout : TableLayout.values()) {
            names.add(layout.sheetName());
        }
        return names;
    }
}
