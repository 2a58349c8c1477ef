package vn.lotrinh.planner.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference table of the benchmark sets ({@code optima_verified.csv}, {@code j30_reference.csv} …): a header row
 * and rows of plain comma-separated fields (the files quote nothing).
 */
public record ReferenceCsv(List<Map<String, String>> rows) {

    public static ReferenceCsv read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] fields = line.split(",", -1);
            if (fields.length != header.length) {
                throw new IllegalArgumentException(file + ": row with " + fields.length + " fields: " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], fields[i]);
            }
            return row;
        }).toList();
        return new ReferenceCsv(rows);
    }

    /** The first row whose {@code column} holds {@code value}. */
    public Optional<Map<String, String>> row(String column, String value) {
        return rows.stream().filter(row -> value.equals(row.get(column))).findFirst();
    }

    /** The first row whose {@code column} starts with {@code prefix}, e.g. {@code "mknap1 #1 "}. */
    public Optional<Map<String, String>> rowStartingWith(String column, String prefix) {
        return rows.stream().filter(row -> row.get(column).startsWith(prefix)).findFirst();
    }
}
