package vn.lotrinh.planner.core.plan.read;

import java.util.Collection;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text for people in both languages the service writes: English and Vietnamese. Messages are built from parts, so
 * each part is a text too, and {@link #format} fills a sentence's placeholders with the parts in the same language.
 * Ids, numbers and quoted values read the same in both ({@link #verbatim}).
 *
 * <p>Both languages are written side by side where a message is made, so that a message cannot exist in one of them
 * only; the service picks the reader's when it answers.
 */
public record Text(String english, String vietnamese) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Text EMPTY = new Text("", "");

    public Text {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(vietnamese, "vietnamese");
    }

    public static Text of(String english, String vietnamese) {
        return new Text(english, vietnamese);
    }

    /** What reads the same in both languages: an id, a number, a value quoted from the document. */
    public static Text verbatim(Object value) {
        String text = String.valueOf(value);
        return new Text(text, text);
    }

    public static Text empty() {
        return EMPTY;
    }

    /**
     * Each pattern with its placeholders {@code {0}}, {@code {1}} … replaced by the arguments in that language: a
     * {@code Text} argument by its own words, any other by {@link #verbatim}. Nothing else in a pattern is special.
     */
    public static Text format(String englishPattern, String vietnamesePattern, Object... arguments) {
        Text[] parts = new Text[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            parts[i] = arguments[i] instanceof Text text ? text : verbatim(arguments[i]);
        }
        return new Text(fill(englishPattern, parts, true), fill(vietnamesePattern, parts, false));
    }

    /** The texts one after the other, {@code separator} between them. */
    public static Text join(Collection<Text> texts, Text separator) {
        StringBuilder english = new StringBuilder();
        StringBuilder vietnamese = new StringBuilder();
        for (Text text : texts) {
            if (!english.isEmpty() || !vietnamese.isEmpty()) {
                english.append(separator.english);
                vietnamese.append(separator.vietnamese);
            }
            english.append(text.english);
            vietnamese.append(text.vietnamese);
        }
        return new Text(english.toString(), vietnamese.toString());
    }

    /** This text followed by {@code next}. */
    public Text plus(Text next) {
        return new Text(english + next.english, vietnamese + next.vietnamese);
    }

    /** The English, so that logs and exception messages read as before. */
    @Override
    public String toString() {
        return english;
    }

    private static String fill(String pattern, Text[] parts, boolean english) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            if (index >= parts.length) {
                throw new IllegalArgumentException("the pattern \"" + pattern + "\" names {" + index + "} but has "
                        + parts.length + " arguments");
            }
            placeholder.appendReplacement(filled,
                    Matcher.quoteReplacement(english ? parts[index].english : parts[index].vietnamese));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
