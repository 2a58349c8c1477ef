package vn.lotrinh.planner.core.plan.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.lotrinh.planner.core.plan.Catalogue;
import vn.lotrinh.planner.core.plan.FrameworkEntry;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.Provision;

/**
 * Reads a catalogue from CSV with the header {@code code,name_vi,name_en,layer,kind,provided_by,required,source}
 * (UTF-8, one row per reference component; see {@code data/framework}). A province may replace a catalogue with its
 * own file, so every bad cell is refused with its row and column.
 */
public final class CatalogueReader {

    static final List<String> COLUMNS = List.of("code", "name_vi", "name_en", "layer", "kind", "provided_by",
            "required", "source");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).get();

    private CatalogueReader() {
    }

    /**
     * @param id the catalogue's id, as plans name it in {@code framework}
     * @param where what the text is, for messages (a file name)
     * @throws IllegalArgumentException naming the row and column of the first bad cell
     */
    public static Catalogue read(String id, Reader csv, String where) {
        try (CSVParser parser = FORMAT.parse(csv)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(where + ": the header lacks " + String.join(", ", missing));
            }
            List<FrameworkEntry> entries = new ArrayList<>();
            for (CSVRecord row : parser) {
                entries.add(entry(row, where));
            }
            try {
                return new Catalogue(id, entries);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": " + e.getMessage(), e);
        }
    }

    private static FrameworkEntry entry(CSVRecord row, String where) {
        String at = where + " row " + (row.getRecordNumber() + 1);
        String code = required(row, "code", at);
        return new FrameworkEntry(code, required(row, "name_vi", at), required(row, "name_en", at),
                choice(row, "layer", Layer.class, at), row.get("kind"), choice(row, "provided_by", Provision.class, at),
                choice(row, "required", Priority.class, at), row.get("source"));
    }

    private static String required(CSVRecord row, String column, String at) {
        String value = row.isSet(column) ? row.get(column) : "";
        if (value.isEmpty()) {
            throw new IllegalArgumentException(at + ", column " + column + ": empty");
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(CSVRecord row, String column, Class<E> type, String at) {
        String value = required(row, column, at);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ", column " + column + ": " + value + " is not one of "
                    + List.of(type.getEnumConstants()), e);
        }
    }
}
