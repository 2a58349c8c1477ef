package vn.lotrinh.planner.api.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a present value of the document as a cell as its {@link CellKind} says, in the notation {@link CellReading}
 * reads back: numbers in plain notation, list entries separated by {@code ;}. A value of the wrong JSON type, which a
 * valid document does not have, is written as its text.
 */
final class CellWriting {

    private CellWriting() {
    }

    static CellValue write(CellKind kind, JsonNode value) {
        return switch (kind) {
            case TEXT, CODE, PERIOD -> text(value);
            case NUMBER, INTEGER, ESTIMATE_LIKELY, ESTIMATE_BOUND -> number(value);
            case BOOLEAN -> truth(value);
            case NUMBER_LIST, ID_LIST -> entries(value);
            case DEPENDENCIES -> dependencies(value);
            case SHARES, AMOUNTS -> amountsById(value);
            case FUNDING_OPTIONS -> fundingOptions(value);
        };
    }

    private static CellValue text(JsonNode value) {
        return new CellValue.Text(value.asText());
    }

    private static CellValue number(JsonNode value) {
        return value.isNumber() ? new CellValue.Decimal(value.decimalValue()) : text(value);
    }

    private static CellValue truth(JsonNode value) {
        return value.isBoolean() ? new CellValue.Flag(value.booleanValue()) : text(value);
    }

    /** A list of ids or numbers: {@code IOC_THUE;KDL}, {@code 0.7;0.3}. */
    private static CellValue entries(JsonNode list) {
        List<String> entries = new ArrayList<>();
        list.forEach(entry -> entries.add(plain(entry)));
        return new CellValue.Text(String.join(CellKind.LIST_SEPARATOR, entries));
    }

    /** Dependencies as ids, with the lag after a colon where one is given: {@code TTDL;LGSP:1}. */
    private static CellValue dependencies(JsonNode list) {
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : list) {
            if (entry.isObject()) {
                String id = entry.path("id").asText();
                JsonNode lag = entry.path("lag");
                entries.add(lag.isMissingNode() ? id : withNumber(id, lag));
            } else {
                entries.add(entry.asText());
            }
        }
        return new CellValue.Text(String.join(CellKind.LIST_SEPARATOR, entries));
    }

    /** Funding options: {@code NSDP_DTC|NSTW:0.7;NSDP_DTC:0.3}. */
    private static CellValue fundingOptions(JsonNode list) {
        List<String> options = new ArrayList<>();
        for (JsonNode option : list) {
            options.add(option.isObject() ? ((CellValue.Text) amountsById(option)).text() : option.asText());
        }
        return new CellValue.Text(String.join(CellKind.OPTION_SEPARATOR, options));
    }

    /** Amounts by id: {@code NS_TINH:0.5;NS_TW:0.5}. */
    private static CellValue amountsById(JsonNode object) {
        List<String> entries = new ArrayList<>();
        object.properties().forEach(entry -> entries.add(withNumber(entry.getKey(), entry.getValue())));
        return new CellValue.Text(String.join(CellKind.LIST_SEPARATOR, entries));
    }

    private static String withNumber(String id, JsonNode number) {
        return id + CellKind.ID_SEPARATOR + plain(number);
    }

    private static String plain(JsonNode value) {
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }
}
