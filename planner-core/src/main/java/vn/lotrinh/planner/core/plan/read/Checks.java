package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * Reads typed values out of a plan document and collects an error for every value that is missing or not what the
 * format allows. A reader returns {@code null} both for an absent optional value and for a value it has reported, so
 * that one bad value never stops the checks of the others.
 *
 * <p>Messages read {@code <subject><label> must be <what is allowed>, found <what was found>}, or
 * {@code <subject><label> is missing: it must be <what is allowed>} for a required member that is not there.
 *
 * <p>The rules build the plan's records as they go, but only while {@link #isClean()}: a reader returns {@code null}
 * for a required value only once something has been reported (the value itself, or the calendar that a period needs),
 * so as long as nothing has been reported every value read so far is there and valid, and {@code null} means an
 * optional member is absent.
 */
final class Checks {

    static final Text AMOUNT = Text.of("an amount from 0 to 1,000,000,000,000",
            "một số tiền từ 0 đến 1.000.000.000.000");
    static final Text QUANTITY = Text.of("a number from 0 to 1,000,000,000,000", "một số từ 0 đến 1.000.000.000.000");
    static final Text SHARE = Text.of("a share from 0 to 1", "một tỷ lệ từ 0 đến 1");
    static final Text ID = Text.of("1 to 64 letters, digits, \"_\", \"-\" or \".\"",
            "từ 1 đến 64 chữ cái, chữ số, \"_\", \"-\" hoặc \".\"");
    static final Text EMPTY_DOCUMENT = Text.of("the document is empty", "tài liệu trống");
    static final Text OBJECT = Text.of("an object", "một đối tượng");
    static final Text TEXT = Text.of("text", "văn bản");
    static final Text NAME = Text.of("text of 1 to 200 characters", "văn bản từ 1 đến 200 ký tự");
    static final Text ZERO_TO_ONE = Text.of("a number from 0 to 1", "một số từ 0 đến 1");
    static final Text PERIOD_LABEL = Text.of("a period label such as \"2021\", \"2021-Q1\" or \"2021-01\"",
            "một nhãn kỳ như \"2021\", \"2021-Q1\" hoặc \"2021-01\"");
    static final Text TRUE_OR_FALSE = Text.of("true or false", "true hoặc false");

    /** How far shares may miss 1 in total. */
    private static final BigDecimal SUM_TOLERANCE = new BigDecimal("1e-9");
    private static final Pattern ID_PATTERN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_.\\-]{1,64}");
    private static final int QUOTED_CHARACTERS = 60;
    private static final int LISTED_IDS = 10;

    private final List<PlanError> errors = new ArrayList<>();

    List<PlanError> errors() {
        return errors;
    }

    /** Whether nothing has been reported yet: then the values read so far may be built into the plan. */
    boolean isClean() {
        return errors.isEmpty();
    }

    void report(String pointer, Text message) {
        errors.add(new PlanError(pointer, message));
    }

    /** Reports the value as not allowed. */
    void wrong(Located at, Text allowed) {
        report(at.pointer(), Text.format("{0}{1} must be {2}, found {3}", "{0}{1} phải là {2}, nhưng đang là {3}",
                at.subject(), at.label(), allowed, describe(at.value())));
    }

    /** Whether a member is absent: missing, or JSON {@code null}, which the format treats as absent. */
    static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** Whether there is a value to check; reports a required one that is missing or null. */
    boolean present(Located at, boolean required, Text allowed) {
        if (!absent(at.value())) {
            return true;
        }
        if (required) {
            if (at.value() == null || at.value().isMissingNode()) {
                report(at.pointer(), Text.format("{0}{1} is missing: it must be {2}", "{0}thiếu {1}: phải là {2}",
                        at.subject(), at.label(), allowed));
            } else {
                wrong(at, allowed);
            }
        }
        return false;
    }

    String text(Located at, boolean required, Text allowed) {
        return text(at, required, 0, Integer.MAX_VALUE, allowed);
    }

    /** Text of {@code minChars … maxChars} characters (Unicode code points). */
    String text(Located at, boolean required, int minChars, int maxChars, Text allowed) {
        if (!present(at, required, allowed)) {
            return null;
        }
        if (!at.value().isTextual()) {
            wrong(at, allowed);
            return null;
        }
        String text = at.value().textValue();
        int chars = text.codePointCount(0, text.length());
        if (chars < minChars || chars > maxChars) {
            wrong(at, allowed);
            return null;
        }
        return text;
    }

    /**
     * A required id: 1–64 letters, digits, {@code _}, {@code -}, {@code .}. A malformed id is reported but still
     * returned when it is non-empty text, so that references to it resolve and its one error is not repeated at every
     * reference.
     */
    String id(Located at) {
        String text = text(at, true, ID);
        if (text != null && !ID_PATTERN.matcher(text).matches()) {
            wrong(at, ID);
        }
        return text == null || text.isEmpty() ? null : text;
    }

    <E extends Enum<E>> E choice(Located at, boolean required, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        Text allowed = Text.format("one of {0}", "một trong {0}", names);
        if (!present(at, required, allowed)) {
            return null;
        }
        if (at.value().isTextual()) {
            for (E constant : constants) {
                if (constant.name().equals(at.value().textValue())) {
                    return constant;
                }
            }
        }
        wrong(at, allowed);
        return null;
    }

    Boolean bool(Located at, boolean required) {
        if (!present(at, required, TRUE_OR_FALSE)) {
            return null;
        }
        if (!at.value().isBoolean()) {
            wrong(at, TRUE_OR_FALSE);
            return null;
        }
        return at.value().booleanValue();
    }

    /** A finite number in {@code min … max}. */
    BigDecimal number(Located at, boolean required, BigDecimal min, BigDecimal max, Text allowed) {
        if (!present(at, required, allowed)) {
            return null;
        }
        BigDecimal number = decimal(at.value());
        if (number == null || number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            wrong(at, allowed);
            return null;
        }
        return number;
    }

    /** A whole number in {@code min … max}; {@code 2.0} counts as whole, {@code 2.5} does not. */
    Integer whole(Located at, boolean required, int min, int max, Text allowed) {
        BigDecimal number = number(at, required, BigDecimal.valueOf(min), BigDecimal.valueOf(max), allowed);
        if (number == null) {
            return null;
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            wrong(at, allowed);
            return null;
        }
        return number.intValueExact();
    }

    /** A money amount in plan units, 0 … {@link PlanValidator#MAX_AMOUNT_UNITS}. */
    BigDecimal amount(Located at, boolean required) {
        return number(at, required, BigDecimal.ZERO, PlanValidator.MAX_AMOUNT_UNITS, AMOUNT);
    }

    /** A non-money quantity (capacity, demand), 0 … {@link PlanValidator#MAX_AMOUNT_UNITS}. */
    BigDecimal quantity(Located at, boolean required) {
        return number(at, required, BigDecimal.ZERO, PlanValidator.MAX_AMOUNT_UNITS, QUANTITY);
    }

    BigDecimal share(Located at, boolean required) {
        return number(at, required, BigDecimal.ZERO, BigDecimal.ONE, SHARE);
    }

    /** Reports shares that do not add up to 1 within the tolerance, as {@code <subject><what> must add up to 1}. */
    void requireSumOfOne(Located at, Text what, Collection<BigDecimal> shares) {
        BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(SUM_TOLERANCE) > 0) {
            report(at.pointer(), Text.format("{0}{1} must add up to 1, found {2}",
                    "{0}tổng {1} phải bằng 1, nhưng đang là {2}", at.subject(), what, sum));
        }
    }

    /** An array, or {@code null} when absent or not an array (reported). */
    JsonNode array(Located at, boolean required, Text allowed) {
        return ofType(at, required, allowed, JsonNode::isArray);
    }

    /** A required array with at least one element, or {@code null} (reported). */
    JsonNode nonEmptyArray(Located at, Text allowed) {
        JsonNode list = array(at, true, allowed);
        if (list != null && list.isEmpty()) {
            wrong(at, allowed);
            return null;
        }
        return list;
    }

    /** An object, or {@code null} when absent or not an object (reported). */
    JsonNode object(Located at, boolean required, Text allowed) {
        return ofType(at, required, allowed, JsonNode::isObject);
    }

    private JsonNode ofType(Located at, boolean required, Text allowed, Predicate<JsonNode> type) {
        if (!present(at, required, allowed)) {
            return null;
        }
        if (!type.test(at.value())) {
            wrong(at, allowed);
            return null;
        }
        return at.value();
    }

    /**
     * Reads the elements of a list of objects one after the other: each object as a scope whose messages start with
     * {@code "<what>: "}, each other element reported as {@code each <what> must be <allowed>}.
     *
     * @return what {@code read} returned for the objects, {@code null}s left out
     */
    <T> List<T> eachObject(JsonNode list, String listPointer, Text what, Text allowed, Function<Scope, T> read) {
        return eachElement(list, listPointer, (element, pointer) -> {
            if (!element.isObject()) {
                wrong(new Located(element, pointer, Text.empty(), Text.format("each {0}", "mỗi {0}", what)),
                        allowed);
                return null;
            }
            return read.apply(new Scope(element, pointer, what.plus(Text.verbatim(": "))));
        });
    }

    /**
     * Reads the elements of a list one after the other with {@code read}, which gets each element and its pointer.
     *
     * @return what {@code read} returned, {@code null}s left out
     */
    <T> List<T> eachElement(JsonNode list, String listPointer, BiFunction<JsonNode, String, T> read) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            T item = read.apply(list.get(i), Pointers.element(listPointer, i));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * The index of a period named by its label, which must be in the calendar's notation and inside the horizon. With
     * no valid calendar only the type is checked and {@code null} is returned.
     */
    Integer period(Located at, boolean required, PlanCalendar calendar) {
        Text allowed = calendar == null
                ? PERIOD_LABEL
                : Text.format("a period from {0} to {1}", "một kỳ từ {0} đến {1}", calendar.label(0),
                        calendar.label(calendar.periods() - 1));
        String label = text(at, required, allowed);
        if (label == null || calendar == null) {
            return null;
        }
        Optional<Integer> index = calendar.indexInHorizon(label);
        if (index.isEmpty()) {
            wrong(at, allowed);
            return null;
        }
        return index.get();
    }

    /** The value as an exact decimal, or {@code null} when it is not a finite number. */
    static BigDecimal decimal(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return null;
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            return null;
        }
        return value.decimalValue();
    }

    /** How a found value reads in a message: {@code "2021-Q1"}, {@code 1.5}, {@code null}, {@code a list}. */
    static Text describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Text.of("nothing", "không có gì");
        }
        if (value.isNull()) {
            return Text.verbatim("null");
        }
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isNumber()) {
            BigDecimal number = decimal(value);
            return Text.verbatim(number == null ? value.asText() : number.toString());
        }
        if (value.isBoolean()) {
            return Text.verbatim(value.asText());
        }
        if (value.isArray()) {
            return value.isEmpty()
                    ? Text.of("an empty list", "một danh sách rỗng")
                    : Text.of("a list", "một danh sách");
        }
        if (value.isObject()) {
            return Text.of("an object", "một đối tượng");
        }
        return Text.verbatim(value.getNodeType().name().toLowerCase());
    }

    /** Text in double quotes, cut after 60 characters with its length told. */
    static Text quote(String text) {
        int chars = text.codePointCount(0, text.length());
        if (chars <= QUOTED_CHARACTERS) {
            return Text.verbatim("\"" + text + "\"");
        }
        String cut = "\"" + text.substring(0, text.offsetByCodePoints(0, QUOTED_CHARACTERS)) + "…\"";
        return Text.format("{0} ({1} characters)", "{0} ({1} ký tự)", cut, chars);
    }

    /** Known ids for a message: {@code NS_TINH, NS_TW}, the first ten of a long list, or {@code none}. */
    static Text listIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Text.of("none", "không có");
        }
        String listed = ids.stream().limit(LISTED_IDS).collect(Collectors.joining(", "));
        return Text.verbatim(ids.size() > LISTED_IDS ? listed + ", …" : listed);
    }
}
