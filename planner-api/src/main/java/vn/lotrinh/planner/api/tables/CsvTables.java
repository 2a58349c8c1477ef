package vn.lotrinh.planner.api.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.lotrinh.planner.api.system.FormulaSafe;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Reads a CSV file (RFC 4180, UTF-8 with or without a byte-order mark) into a {@link SheetTable}: the first record is
 * the header. The delimiter is a comma, or a semicolon when the header has semicolons and no commas (as spreadsheets
 * write CSV in locales with a decimal comma). Row numbers are record numbers, counting blank lines, so they are the
 * line numbers unless a quoted cell spans lines. A file beyond the {@link ImportLimits} is refused at the row where it
 * goes beyond them.
 */
final class CsvTables {

    private CsvTables() {
    }

    /** The table, or the reason the bytes are not a CSV table. */
    static Result read(byte[] bytes, CellRef location) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Result.failure(Text.of("the file is not UTF-8 text; save it as \"CSV UTF-8\"",
                    "tệp không phải văn bản UTF-8; hãy lưu dưới dạng \"CSV UTF-8\""));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<String> header = null;
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            int cellCount = 0;
            for (CSVRecord record : parser) {
                number++;
                if (header == null) {
                    if (record.size() > ImportLimits.MAX_COLUMNS) {
                        return Result.failure(ImportLimits.tooManyColumns(record.size()));
                    }
                    header = new ArrayList<>();
                    for (String name : record) {
                        header.add(SheetTable.normaliseColumn(name));
                    }
                    continue;
                }
                if (number > ImportLimits.MAX_ROWS + 1) {
                    return Result.failure(Text.format("{0}: {1}", "{0}: {1}", CellRef.whole(null).row(number)
                            .describe(), ImportLimits.tooManyRows()));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < header.size(); i++) {
                    String value = record.get(i);
                    if (value.length() > ImportLimits.MAX_CELL_CHARS) {
                        return Result.failure(Text.format("{0}: {1}", "{0}: {1}", CellRef.whole(null).row(number)
                                .column(header.get(i)).describe(), ImportLimits.tooLongCell(value.length())));
                    }
                    if (!value.isBlank()) {
                        cells.put(header.get(i), FormulaSafe.fromCsv(value.strip()));
                    }
                }
                cellCount += cells.size();
                if (cellCount > ImportLimits.MAX_CELLS) {
                    return Result.failure(Text.format("{0}: {1}", "{0}: {1}", CellRef.whole(null).row(number)
                            .describe(), ImportLimits.tooManyCells()));
                }
                if (record.size() > header.size() && !restIsBlank(record, header.size())) {
                    return Result.failure(Text.format("row {0} has {1} cells but the header has {2} columns",
                            "hàng {0} có {1} ô nhưng hàng tiêu đề có {2} cột", number, record.size(), header.size()));
                }
                SheetRow row = new SheetRow(number, cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Result.failure(Text.format("not a readable CSV file: {0}", "không phải là tệp CSV đọc được: {0}",
                    e.getMessage()));
        }
        if (header == null) {
            return Result.failure(Text.of("the file is empty; it needs a header row",
                    "tệp trống; cần có một hàng tiêu đề"));
        }
        return new Result(Optional.of(new SheetTable(location, 1, header, rows)), null);
    }

    private static boolean restIsBlank(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    record Result(Optional<SheetTable> table, Text failure) {

        static Result failure(Text reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
