package vn.lotrinh.planner.api.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lotrinh.planner.core.plan.read.PlanError;

/**
 * Converts the tables of a CSV or Excel import into a {@code roadmap-plan/1} document. It checks only what the
 * document cannot express (a column that does not exist, a cell that is not a number); every rule of the format is
 * left to the plan validator, whose errors {@link ConvertedPlan#locate} maps back to rows and columns.
 *
 * <p>List cells hold entries separated by {@code ;}, each an id or {@code id:number}: {@code NS_TINH:0.5;NS_TW:0.5}
 * (funding shares), {@code TTDL;LGSP:1} (dependencies with an optional lag), {@code STAFF:2} (demand),
 * {@code 0.7;0.3} (capex profile). Numbers use a dot for decimals and no thousands separators.
 */
final class TabularPlanConverter {

    static final String FORMAT = "roadmap-plan/1";

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private enum Kind { TEXT, UPPER, NUMBER, INTEGER, BOOLEAN }

    private record SettingSpec(String pointer, Kind kind) {
    }

    /** The plan settings, in document order, with the JSON Pointer each one fills. */
    private static final Map<String, SettingSpec> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("name", new SettingSpec("/name", Kind.TEXT));
        SETTINGS.put("description", new SettingSpec("/description", Kind.TEXT));
        SETTINGS.put("currency", new SettingSpec("/currency", Kind.UPPER));
        SETTINGS.put("moneyUnit", new SettingSpec("/moneyUnit", Kind.NUMBER));
        SETTINGS.put("periodUnit", new SettingSpec("/calendar/periodUnit", Kind.UPPER));
        SETTINGS.put("start", new SettingSpec("/calendar/start", Kind.TEXT));
        SETTINGS.put("periods", new SettingSpec("/calendar/periods", Kind.INTEGER));
        SETTINGS.put("baseYear", new SettingSpec("/economics/baseYear", Kind.INTEGER));
        SETTINGS.put("inflationRate", new SettingSpec("/economics/inflationRate", Kind.NUMBER));
        SETTINGS.put("discountRate", new SettingSpec("/economics/discountRate", Kind.NUMBER));
        SETTINGS.put("opexInBudget", new SettingSpec("/economics/opexInBudget", Kind.BOOLEAN));
        SETTINGS.put("estimateDistribution", new SettingSpec("/economics/estimateDistribution", Kind.UPPER));
        SETTINGS.put("costCorrelation", new SettingSpec("/economics/costCorrelation", Kind.NUMBER));
    }

    /** The names of the plan settings, for documentation and for telling form fields apart. */
    static Set<String> settingNames() {
        return SETTINGS.keySet();
    }

    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    private final List<PlanError> errors = new ArrayList<>();
    private final Map<String, CellRef> locations = new HashMap<>();
    private final Set<CellRef> failedCells = new HashSet<>();
    private final TabularSource source;

    private TabularPlanConverter(TabularSource source) {
        this.source = source;
    }

    static ConvertedPlan convert(TabularSource source) {
        return new TabularPlanConverter(source).convert();
    }

    private ConvertedPlan convert() {
        source.tables().forEach((layout, table) -> checkHeader(layout, table));
        Map<String, Setting> settings = collectSettings();

        ObjectNode document = nodes.objectNode();
        locations.put("", source.locationOf().apply(TableLayout.PLAN));
        document.put("format", FORMAT);
        ObjectNode calendar = nodes.objectNode();
        ObjectNode economics = nodes.objectNode();
        for (Map.Entry<String, SettingSpec> spec : SETTINGS.entrySet()) {
            String pointer = spec.getValue().pointer();
            Setting setting = settings.get(spec.getKey());
            locations.put(pointer, setting != null ? setting.location() : CellRef.whole("plan setting " + spec.getKey()));
            if (setting == null) {
                continue;
            }
            Optional<JsonNode> value = settingValue(setting, spec.getValue());
            if (value.isEmpty()) {
                continue;
            }
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (pointer.startsWith("/calendar/")) {
                calendar.set(field, value.get());
            } else if (pointer.startsWith("/economics/")) {
                economics.set(field, value.get());
            } else {
                document.set(field, value.get());
            }
        }
        locations.put("/calendar", settings.containsKey("periodUnit")
                ? settings.get("periodUnit").location()
                : CellRef.whole("plan settings periodUnit, start and periods"));
        document.set("calendar", calendar);

        table(TableLayout.PHASES).ifPresent(t -> document.set("phases", phases(t)));
        document.set("fundingSources", fundingSources());
        table(TableLayout.RESOURCES).ifPresent(t -> document.set("resources", resources(t)));
        table(TableLayout.BUDGETS).ifPresent(t -> document.set("budgets", budgets(t)));
        table(TableLayout.CAPACITIES).ifPresent(t -> document.set("capacities", capacities(t)));
        if (!economics.isEmpty()) {
            document.set("economics", economics);
            locations.put("/economics", CellRef.whole("plan settings of economics"));
        }
        document.set("components", components());
        return new ConvertedPlan(document, errors, locations, failedCells);
    }

    private Optional<SheetTable> table(TableLayout layout) {
        return Optional.ofNullable(source.tables().get(layout));
    }

    private void checkHeader(TableLayout layout, SheetTable table) {
        CellRef header = table.location().row(table.headerRow());
        Set<String> seen = new HashSet<>();
        for (String column : table.header()) {
            if (column.isEmpty()) {
                continue;
            }
            if (!layout.columns().contains(column)) {
                fail(header.column(column), "", "unknown column; the columns are " + String.join(", ", layout.columns()));
            } else if (!seen.add(column)) {
                fail(header.column(column), "", "the column appears twice");
            }
        }
        for (String required : layout.columns()) {
            if (layout.requiredColumns().contains(required) && !table.header().contains(required)) {
                fail(header, "", "the column " + required + " is missing");
                failedCells.add(new CellRef(table.location().source(), 0, required));
            }
        }
    }

    private Map<String, Setting> collectSettings() {
        List<Setting> given = new ArrayList<>(source.formFields());
        table(TableLayout.PLAN).ifPresent(plan -> {
            for (SheetRow row : plan.rows()) {
                CellRef at = plan.location().row(row.number());
                String field = row.cell("field");
                if (field == null) {
                    fail(at.column("field"), "", "the setting's name is missing");
                    continue;
                }
                given.add(new Setting(field, row.cells().getOrDefault("value", ""), at.column("value")));
            }
        });
        Map<String, Setting> settings = new HashMap<>();
        for (Setting setting : given) {
            if (!SETTINGS.containsKey(setting.field())) {
                CellRef at = setting.location().column() == null ? setting.location() : setting.location().column("field");
                fail(at, "", "unknown plan setting '" + setting.field() + "'; the settings are "
                        + String.join(", ", SETTINGS.keySet()));
            } else if (settings.containsKey(setting.field())) {
                fail(setting.location(), SETTINGS.get(setting.field()).pointer(),
                        "the setting " + setting.field() + " is also given at "
                                + settings.get(setting.field()).location().describe());
            } else {
                settings.put(setting.field(), setting);
            }
        }
        return settings;
    }

    private Optional<JsonNode> settingValue(Setting setting, SettingSpec spec) {
        String text = setting.value().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (spec.kind()) {
            case TEXT -> Optional.of(nodes.textNode(text));
            case UPPER -> Optional.of(nodes.textNode(text.toUpperCase(Locale.ROOT)));
            case NUMBER -> number(text, setting.location(), spec.pointer());
            case INTEGER -> integer(text, setting.location(), spec.pointer());
            case BOOLEAN -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    yield Optional.of(nodes.booleanNode(lower.equals("true")));
                }
                fail(setting.location(), spec.pointer(), "must be true or false, not '" + text + "'");
                yield Optional.empty();
            }
        };
    }

    private ArrayNode phases(SheetTable table) {
        return rows(table, "/phases", (row, at, pointer, phase) -> {
            text(phase, "id", row, at, pointer, "id");
            text(phase, "name", row, at, pointer, "name");
            text(phase, "firstPeriod", row, at, pointer, "first_period");
            text(phase, "lastPeriod", row, at, pointer, "last_period");
        });
    }

    /** The funding sources table, or when there is none, every funding source id the other tables use, in order. */
    private ArrayNode fundingSources() {
        Optional<SheetTable> table = table(TableLayout.FUNDING_SOURCES);
        if (table.isPresent()) {
            return rows(table.get(), "/fundingSources", (row, at, pointer, funding) -> {
                text(funding, "id", row, at, pointer, "id");
                text(funding, "name", row, at, pointer, "name");
            });
        }
        locations.put("/fundingSources", source.locationOf().apply(TableLayout.FUNDING_SOURCES));
        Set<String> ids = new LinkedHashSet<>();
        table(TableLayout.COMPONENTS).ifPresent(components -> components.rows().forEach(row ->
                entries(row.cell("funding")).forEach(entry -> ids.add(entry.split(":", 2)[0].strip()))));
        table(TableLayout.BUDGETS).ifPresent(budgets -> budgets.rows().forEach(row -> {
            if (row.cell("funding_source") != null) {
                ids.add(row.cell("funding_source"));
            }
        }));
        ArrayNode sources = nodes.arrayNode();
        ids.forEach(id -> sources.addObject().put("id", id).put("name", id));
        return sources;
    }

    private ArrayNode resources(SheetTable table) {
        return rows(table, "/resources", (row, at, pointer, resource) -> {
            text(resource, "id", row, at, pointer, "id");
            text(resource, "name", row, at, pointer, "name");
            text(resource, "unit", row, at, pointer, "unit");
        });
    }

    private ArrayNode budgets(SheetTable table) {
        return rows(table, "/budgets", (row, at, pointer, budget) -> {
            text(budget, "fundingSource", row, at, pointer, "funding_source");
            text(budget, "period", row, at, pointer, "period");
            text(budget, "phase", row, at, pointer, "phase");
            number(budget, "amount", row, at, pointer, "amount");
        });
    }

    private ArrayNode capacities(SheetTable table) {
        return rows(table, "/capacities", (row, at, pointer, capacity) -> {
            text(capacity, "resource", row, at, pointer, "resource");
            text(capacity, "period", row, at, pointer, "period");
            number(capacity, "amount", row, at, pointer, "amount");
        });
    }

    private ArrayNode components() {
        Optional<SheetTable> table = table(TableLayout.COMPONENTS);
        if (table.isEmpty()) {
            locations.put("/components", source.locationOf().apply(TableLayout.COMPONENTS));
            return nodes.arrayNode();
        }
        return rows(table.get(), "/components", (row, at, pointer, component) -> {
            text(component, "id", row, at, pointer, "id");
            text(component, "name", row, at, pointer, "name");
            upper(component, "layer", row, at, pointer, "layer");
            upper(component, "priority", row, at, pointer, "priority");
            number(component, "value", row, at, pointer, "value");
            integer(component, "duration", row, at, pointer, "duration");
            capex(component, row, at, pointer);
            numberList(component, "capexProfile", row, at, pointer, "capex_profile");
            number(component, "opexPerPeriod", row, at, pointer, "opex_per_period");
            shares(component, "funding", row, at, pointer, "funding", true);
            dependencies(component, row, at, pointer);
            idList(component, "excludes", row, at, pointer, "excludes");
            text(component, "earliestStart", row, at, pointer, "earliest_start");
            text(component, "latestFinish", row, at, pointer, "latest_finish");
            text(component, "pinnedStart", row, at, pointer, "pinned_start");
            shares(component, "demand", row, at, pointer, "demand", false);
        });
    }

    @FunctionalInterface
    private interface RowConverter {
        void convert(SheetRow row, CellRef at, String pointer, ObjectNode target);
    }

    private ArrayNode rows(SheetTable table, String arrayPointer, RowConverter converter) {
        locations.put(arrayPointer, table.location());
        ArrayNode array = nodes.arrayNode();
        for (SheetRow row : table.rows()) {
            String pointer = arrayPointer + "/" + array.size();
            CellRef at = table.location().row(row.number());
            locations.put(pointer, at);
            converter.convert(row, at, pointer, array.addObject());
        }
        return array;
    }

    /** A three-point estimate when low or high is given, else the likely value alone as a plain number. */
    private void capex(ObjectNode component, SheetRow row, CellRef at, String pointer) {
        locations.put(pointer + "/capex", at.column("capex_likely"));
        locations.put(pointer + "/capex/low", at.column("capex_low"));
        locations.put(pointer + "/capex/likely", at.column("capex_likely"));
        locations.put(pointer + "/capex/high", at.column("capex_high"));
        if (row.cell("capex_low") == null && row.cell("capex_high") == null) {
            cellNumber(row, at, pointer + "/capex", "capex_likely").ifPresent(v -> component.set("capex", v));
            return;
        }
        ObjectNode estimate = component.putObject("capex");
        cellNumber(row, at, pointer + "/capex/low", "capex_low").ifPresent(v -> estimate.set("low", v));
        cellNumber(row, at, pointer + "/capex/likely", "capex_likely").ifPresent(v -> estimate.set("likely", v));
        cellNumber(row, at, pointer + "/capex/high", "capex_high").ifPresent(v -> estimate.set("high", v));
    }

    private void dependencies(ObjectNode component, SheetRow row, CellRef at, String pointer) {
        String field = pointer + "/dependsOn";
        CellRef cell = at.column("depends_on");
        locations.put(field, cell);
        List<String> entries = entries(row.cell("depends_on"));
        if (entries.isEmpty()) {
            return;
        }
        ArrayNode dependsOn = component.putArray("dependsOn");
        for (String entry : entries) {
            String[] parts = entry.split(":", 2);
            if (parts.length == 1) {
                dependsOn.add(parts[0].strip());
            } else if (WHOLE.matcher(parts[1].strip()).matches()) {
                dependsOn.addObject().put("id", parts[0].strip()).put("lag", Integer.parseInt(parts[1].strip()));
            } else {
                fail(cell, field, "the lag in '" + entry + "' must be a whole number of periods");
            }
        }
    }

    /** {@code id:number} entries into an object; a lone id without a number means the whole (1) when allowed. */
    private void shares(ObjectNode component, String field, SheetRow row, CellRef at, String pointer, String column,
            boolean loneIdIsWhole) {
        String fieldPointer = pointer + "/" + field;
        CellRef cell = at.column(column);
        locations.put(fieldPointer, cell);
        List<String> entries = entries(row.cell(column));
        if (entries.isEmpty()) {
            return;
        }
        ObjectNode object = component.putObject(field);
        for (String entry : entries) {
            String[] parts = entry.split(":", 2);
            String id = parts[0].strip();
            if (object.has(id)) {
                fail(cell, fieldPointer, id + " is given twice");
            } else if (parts.length == 1 && loneIdIsWhole && entries.size() == 1) {
                object.put(id, 1);
            } else if (parts.length == 1) {
                fail(cell, fieldPointer, "give an amount for " + id + ", e.g. " + id + ":1");
            } else {
                number(parts[1].strip(), cell, fieldPointer).ifPresent(v -> object.set(id, v));
            }
        }
    }

    private void idList(ObjectNode component, String field, SheetRow row, CellRef at, String pointer, String column) {
        locations.put(pointer + "/" + field, at.column(column));
        List<String> entries = entries(row.cell(column));
        if (!entries.isEmpty()) {
            ArrayNode ids = component.putArray(field);
            entries.forEach(id -> ids.add(id.strip()));
        }
    }

    private void numberList(ObjectNode component, String field, SheetRow row, CellRef at, String pointer,
            String column) {
        String fieldPointer = pointer + "/" + field;
        CellRef cell = at.column(column);
        locations.put(fieldPointer, cell);
        List<String> entries = entries(row.cell(column));
        if (!entries.isEmpty()) {
            ArrayNode numbers = component.putArray(field);
            entries.forEach(entry -> number(entry.strip(), cell, fieldPointer).ifPresent(numbers::add));
        }
    }

    private void text(ObjectNode target, String field, SheetRow row, CellRef at, String pointer, String column) {
        locations.put(pointer + "/" + field, at.column(column));
        String value = row.cell(column);
        if (value != null) {
            target.put(field, value);
        }
    }

    private void upper(ObjectNode target, String field, SheetRow row, CellRef at, String pointer, String column) {
        locations.put(pointer + "/" + field, at.column(column));
        String value = row.cell(column);
        if (value != null) {
            target.put(field, value.toUpperCase(Locale.ROOT));
        }
    }

    private void number(ObjectNode target, String field, SheetRow row, CellRef at, String pointer, String column) {
        String fieldPointer = pointer + "/" + field;
        locations.put(fieldPointer, at.column(column));
        cellNumber(row, at, fieldPointer, column).ifPresent(v -> target.set(field, v));
    }

    private void integer(ObjectNode target, String field, SheetRow row, CellRef at, String pointer, String column) {
        String fieldPointer = pointer + "/" + field;
        CellRef cell = at.column(column);
        locations.put(fieldPointer, cell);
        String value = row.cell(column);
        if (value != null) {
            integer(value, cell, fieldPointer).ifPresent(v -> target.set(field, v));
        }
    }

    private Optional<JsonNode> cellNumber(SheetRow row, CellRef at, String pointer, String column) {
        String value = row.cell(column);
        return value == null ? Optional.empty() : number(value, at.column(column), pointer);
    }

    private Optional<JsonNode> number(String text, CellRef cell, String pointer) {
        if (!NUMBER.matcher(text).matches()) {
            fail(cell, pointer, "'" + text + "' is not a number (write numbers with a dot for decimals and without "
                    + "thousands separators)");
            return Optional.empty();
        }
        if (WHOLE.matcher(text).matches()) {
            return Optional.of(whole(new BigDecimal(text)));
        }
        return Optional.of(nodes.numberNode(new BigDecimal(text)));
    }

    private Optional<JsonNode> integer(String text, CellRef cell, String pointer) {
        if (NUMBER.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                return Optional.of(whole(value));
            }
        }
        fail(cell, pointer, "'" + text + "' is not a whole number");
        return Optional.empty();
    }

    /** A whole number as the smallest integer node, as a JSON parser would read it. */
    private JsonNode whole(BigDecimal value) {
        BigInteger integer = value.toBigIntegerExact();
        if (integer.bitLength() < Integer.SIZE) {
            return nodes.numberNode(integer.intValue());
        }
        if (integer.bitLength() < Long.SIZE) {
            return nodes.numberNode(integer.longValue());
        }
        return nodes.numberNode(integer);
    }

    private static List<String> entries(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String entry : cell.split(";")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private void fail(CellRef cell, String pointer, String message) {
        errors.add(new PlanError(pointer, cell.describe() + ": " + message));
        failedCells.add(cell);
    }
}
