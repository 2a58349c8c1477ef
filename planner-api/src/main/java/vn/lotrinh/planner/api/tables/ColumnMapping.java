package vn.lotrinh.planner.api.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The mapping between the tables and the {@code roadmap-plan/1} document: for every column of every table (and every
 * setting of the {@code Plan} table) its name, the JSON Pointer of its value and its kind. It is a table itself,
 * {@code plan-tables.csv} beside this class, read once.
 */
final class ColumnMapping {

    private static final String RESOURCE = "plan-tables.csv";
    private static final Map<PlanTable, List<Column>> FIELDS = read();

    private ColumnMapping() {
    }

    static List<Column> fieldsOf(PlanTable table) {
        return FIELDS.get(table);
    }

    private static Map<PlanTable, List<Column>> read() {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        Map<PlanTable, List<Column>> fields = new EnumMap<>(PlanTable.class);
        for (PlanTable table : PlanTable.values()) {
            fields.put(table, new ArrayList<>());
        }
        try (InputStream in = ColumnMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the column mapping " + RESOURCE + " is missing");
            }
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                PlanTable table = PlanTable.named(row.get("table")).orElseThrow(() -> new IllegalStateException(
                        RESOURCE + " line " + row.getRecordNumber() + ": no table " + row.get("table")));
                fields.get(table).add(new Column(row.get("column"), row.get("path"),
                        CellKind.valueOf(row.get("kind")), required(row)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fields.replaceAll((table, columns) -> List.copyOf(columns));
        return fields;
    }

    private static boolean required(CSVRecord row) {
        String required = row.get("required");
        if (!required.isEmpty() && !required.equals("yes")) {
            throw new IllegalStateException(RESOURCE + " line " + row.getRecordNumber() + ": required is \"yes\" or "
                    + "empty, not \"" + required + "\"");
        }
        return !required.isEmpty();
    }
}
