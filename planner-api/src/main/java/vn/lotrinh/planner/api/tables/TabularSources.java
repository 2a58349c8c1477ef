package vn.lotrinh.planner.api.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

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
        Map<PlanTable, SheetTable> tables = new EnumMap<>(PlanTable.class);
        readCsv(request.file(), PlanTable.COMPONENTS, CellRef.whole(null), tables, errors);
        for (Map.Entry<String, List<Upload>> part : request.parts().entrySet()) {
            PlanTable table = csvPart(part.getKey());
            if (table == null) {
                errors.add(new PlanError("", Text.format("{0}: unknown part; the parts are file, {1}", "{0}: không có"
                        + " phần này; các phần là file, {1}", CellRef.part(part.getKey()),
                        String.join(", ", csvPartNames()))));
            } else if (part.getValue().size() > 1) {
                errors.add(new PlanError("", Text.format("{0}: given more than once", "{0}: được gửi nhiều lần",
                        CellRef.part(part.getKey()))));
            } else {
                readCsv(part.getValue().get(0), table, partLocation(table), tables, errors);
            }
        }
        List<Setting> settings = new ArrayList<>();
        request.fields().forEach((name, values) -> {
            if (values.size() > 1) {
                errors.add(new PlanError("", Text.format("{0}: given more than once", "{0}: được gửi nhiều lần",
                        CellRef.formField(name))));
            } else {
                settings.add(new Setting(name, values.get(0), CellRef.whole(CellRef.formField(name))));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        Function<PlanTable, CellRef> locationOf = table -> switch (table) {
            case PLAN -> CellRef.whole(Text.of("plan settings (form fields or part plan)",
                    "các thiết lập kế hoạch (trường biểu mẫu hoặc phần plan)"));
            case COMPONENTS -> CellRef.whole(null);
            default -> partLocation(table);
        };
        return new TabularSource(settings, tables, locationOf);
    }

    private static void readCsv(Upload upload, PlanTable table, CellRef location,
            Map<PlanTable, SheetTable> tables, List<PlanError> errors) {
        CsvTables.Result result = CsvTables.read(upload.bytes(), location);
        result.table().ifPresentOrElse(
                sheet -> tables.put(table, sheet),
                () -> errors.add(new PlanError("", Text.format("{0}: {1}", "{0}: {1}", location.describe(),
                        result.failure()))));
    }

    static TabularSource xlsx(Upload file) {
        XlsxTables.Result workbook = XlsxTables.read(file.bytes());
        if (workbook.failure() != null) {
            throw new InvalidPlanException(List.of(new PlanError("", workbook.failure())));
        }
        List<PlanError> errors = new ArrayList<>();
        Map<PlanTable, SheetTable> tables = new EnumMap<>(PlanTable.class);
        workbook.sheets().forEach((name, sheet) -> {
            PlanTable table = sheet(name);
            if (table == null) {
                errors.add(new PlanError("", Text.format("{0}: unknown sheet; the sheets are {1}", "{0}: không có"
                        + " trang tính này; các trang tính là {1}", CellRef.sheet(name),
                        String.join(", ", sheetNames()))));
            } else if (tables.containsKey(table)) {
                errors.add(new PlanError("", Text.format("{0}: the sheet {1} appears twice", "{0}: trang tính {1}"
                        + " xuất hiện hai lần", CellRef.sheet(name), table.sheetName())));
            } else {
                tables.put(table, sheet);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(errors);
        }
        return new TabularSource(List.of(), tables, table -> CellRef.whole(CellRef.sheet(table.sheetName())));
    }

    private static CellRef partLocation(PlanTable table) {
        return CellRef.whole(CellRef.part(table.partName()));
    }

    private static PlanTable csvPart(String name) {
        return otherThanComponents().filter(table -> table.partName().equals(name)).findFirst().orElse(null);
    }

    private static List<String> csvPartNames() {
        return otherThanComponents().map(PlanTable::partName).toList();
    }

    private static Stream<PlanTable> otherThanComponents() {
        return Arrays.stream(PlanTable.values()).filter(table -> table != PlanTable.COMPONENTS);
    }

    private static PlanTable sheet(String name) {
        String wanted = name.strip().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(PlanTable.values())
                .filter(table -> table.sheetName().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static List<String> sheetNames() {
        return Arrays.stream(PlanTable.values()).map(PlanTable::sheetName).toList();
    }
}
