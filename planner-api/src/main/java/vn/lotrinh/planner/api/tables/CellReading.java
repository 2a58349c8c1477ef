package vn.lotrinh.planner.api.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.lotrinh.planner.core.plan.read.DocumentLimits;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Reads the text of a cell into a value of the document as its {@link CellKind} says; a text that is not of its kind
 * is reported at the cell and gives no value. Cell texts arrive trimmed and never blank.
 */
final class CellReading {

    /** Numbers as exact decimals, as the plan format's own mapper reads them. */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private CellReading() {
    }

    static Optional<JsonNode> read(CellKind kind, String text, CellAt at) {
        return switch (kind) {
            case TEXT, PERIOD -> Optional.of(NODES.textNode(text));
            case CODE -> Optional.of(NODES.textNode(text.toUpperCase(Locale.ROOT)));
            case NUMBER, ESTIMATE_LIKELY, ESTIMATE_BOUND -> number(text, at);
            case INTEGER -> integer(text, at);
            case BOOLEAN -> truth(text, at);
            case NUMBER_LIST -> list(text, entry -> number(entry, at));
            case ID_LIST -> list(text, entry -> Optional.of(NODES.textNode(entry)));
            case DEPENDENCIES -> list(text, entry -> dependency(entry, at));
            case SHARES -> amountsById(text, at, true);
            case AMOUNTS -> amountsById(text, at, false);
            case FUNDING_OPTIONS -> fundingOptions(text, at);
        };
    }

    /** Options separated by {@code |}: a lone id stays an id, shares become an object. */
    private static Optional<JsonNode> fundingOptions(String text, CellAt at) {
        ArrayNode options = NODES.arrayNode();
        for (String option : text.split(Pattern.quote(CellKind.OPTION_SEPARATOR))) {
            String trimmed = option.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.contains(CellKind.ID_SEPARATOR) && !trimmed.contains(CellKind.LIST_SEPARATOR)) {
                options.add(trimmed);
                continue;
            }
            Optional<JsonNode> shares = amountsById(trimmed, at, true);
            if (shares.isEmpty()) {
                return Optional.empty();
            }
            options.add(shares.get());
        }
        return options.isEmpty() ? Optional.empty() : Optional.of(options);
    }

    /** The entries of a list cell, separated by {@code ;}, trimmed, blank ones left out. */
    static List<String> entries(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String entry : text.split(CellKind.LIST_SEPARATOR)) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    /** The id of a list entry: {@code NS_TW} of {@code NS_TW:0.5}. */
    static String idOf(String entry) {
        return entry.split(CellKind.ID_SEPARATOR, 2)[0].strip();
    }

    private static Optional<JsonNode> number(String text, CellAt at) {
        Optional<BigDecimal> number = decimal(text);
        if (number.isEmpty()) {
            at.fail(Text.format("'{0}' is not a number (write numbers with a dot for decimals and without"
                    + " thousands separators)", "'{0}' không phải là số (viết số thập phân bằng dấu chấm và không có"
                    + " dấu phân cách hàng nghìn)", text));
            return Optional.empty();
        }
        if (WHOLE.matcher(text).matches()) {
            return Optional.of(whole(number.get()));
        }
        return Optional.of(NODES.numberNode(number.get()));
    }

    private static Optional<JsonNode> integer(String text, CellAt at) {
        Optional<BigDecimal> number = decimal(text);
        if (number.isPresent() && (number.get().signum() == 0 || number.get().stripTrailingZeros().scale() <= 0)) {
            return Optional.of(whole(number.get()));
        }
        at.fail(Text.format("'{0}' is not a whole number", "'{0}' không phải là số nguyên", text));
        return Optional.empty();
    }

    /**
     * The cell's number, or none when it is not a number a plan document could hold: longer than
     * {@link DocumentLimits#MAX_NUMBER_CHARS}, or with an exponent beyond what a decimal holds.
     */
    private static Optional<BigDecimal> decimal(String text) {
        if (text.length() > DocumentLimits.MAX_NUMBER_CHARS || !NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> truth(String text, CellAt at) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Optional.of(NODES.booleanNode(lower.equals("true")));
        }
        at.fail(Text.format("must be true or false, not '{0}'", "phải là true hoặc false, không phải '{0}'",
                text));
        return Optional.empty();
    }

    /** The entries that read as values; no list at all when the cell has no entry. */
    private static Optional<JsonNode> list(String text, Function<String, Optional<JsonNode>> entryValue) {
        List<String> entries = entries(text);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        ArrayNode list = NODES.arrayNode();
        entries.forEach(entry -> entryValue.apply(entry).ifPresent(list::add));
        return Optional.of(list);
    }

    /** A component id, with a lag after a colon when one is given: {@code LGSP:1}. */
    private static Optional<JsonNode> dependency(String entry, CellAt at) {
        String[] parts = entry.split(CellKind.ID_SEPARATOR, 2);
        if (parts.length == 1) {
            return Optional.of(NODES.textNode(parts[0].strip()));
        }
        if (WHOLE.matcher(parts[1].strip()).matches()) {
            return Optional.of(NODES.objectNode().put("id", parts[0].strip())
                    .put("lag", Integer.parseInt(parts[1].strip())));
        }
        at.fail(Text.format("the lag in '{0}' must be a whole number of periods", "độ trễ trong '{0}' phải là"
                + " một số nguyên kỳ", entry));
        return Optional.empty();
    }

    /** {@code id:number} entries into an object; a lone id without a number means the whole (1) when allowed. */
    private static Optional<JsonNode> amountsById(String text, CellAt at, boolean loneIdIsWhole) {
        List<String> entries = entries(text);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode amounts = NODES.objectNode();
        for (String entry : entries) {
            String[] parts = entry.split(CellKind.ID_SEPARATOR, 2);
            String id = parts[0].strip();
            if (amounts.has(id)) {
                at.fail(Text.format("{0} is given twice", "{0} được nêu hai lần", id));
            } else if (parts.length == 1 && loneIdIsWhole && entries.size() == 1) {
                amounts.put(id, 1);
            } else if (parts.length == 1) {
                at.fail(Text.format("give an amount for {0}, e.g. {0}:1", "hãy nêu một lượng cho {0}, ví dụ {0}:1",
                        id));
            } else {
                number(parts[1].strip(), at).ifPresent(amount -> amounts.set(id, amount));
            }
        }
        return Optional.of(amounts);
    }

    /** A whole number as the smallest integer node, as a JSON parser would read it. */
    private static JsonNode whole(BigDecimal value) {
        BigInteger integer = value.toBigIntegerExact();
        if (integer.bitLength() < Integer.SIZE) {
            return NODES.numberNode(integer.intValue());
        }
        if (integer.bitLength() < Long.SIZE) {
            return NODES.numberNode(integer.longValue());
        }
        return NODES.numberNode(integer);
    }
}
