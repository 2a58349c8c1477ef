package vn.lotrinh.planner.api.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.lang.Nullable;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * The languages texts for people are written in ({@code messages_vi.properties}, {@code messages_en.properties}),
 * chosen by a request's {@code Accept-Language}: Vietnamese unless the reader prefers English.
 *
 * @param groupingSeparator what separates thousands in a number, {@code 50.300} in Vietnamese
 * @param decimalSeparator what separates the decimals, {@code 12,5} in Vietnamese
 */
public enum Language {
    VI(Locale.forLanguageTag("vi"), '.', ','),
    EN(Locale.ENGLISH, ',', '.');

    public static final Language DEFAULT = VI;

    private static final List<Locale> SUPPORTED = Arrays.stream(values()).map(Language::locale).toList();

    private final Locale locale;
    private final char groupingSeparator;
    private final char decimalSeparator;

    Language(Locale locale, char groupingSeparator, char decimalSeparator) {
        this.locale = locale;
        this.groupingSeparator = groupingSeparator;
        this.decimalSeparator = decimalSeparator;
    }

    /**
     * The language an {@code Accept-Language} value prefers most among those there are ({@code en-US,en;q=0.9} is
     * English); {@link #DEFAULT} when it names none of them, is absent or cannot be read.
     */
    public static Language of(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale preferred = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return Arrays.stream(values()).filter(language -> language.locale.equals(preferred)).findFirst()
                    .orElse(DEFAULT);
        } catch (IllegalArgumentException unreadable) {
            return DEFAULT;
        }
    }

    /**
     * The language a {@code lang} query parameter names ({@code vi}, {@code en}, in any case); empty when there is
     * no such parameter.
     *
     * @throws InvalidRequestException naming {@code /lang} when it names no language there is
     */
    public static Optional<Language> ofQuery(@Nullable String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(language -> language.tag().equalsIgnoreCase(lang))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        Text.of("The query parameter lang names no language the service writes in.",
                                "Tham số lang không phải là ngôn ngữ dịch vụ viết."),
                        List.of(new PlanError("/lang", Text.format("lang must be vi or en, not '{0}'",
                                "lang phải là vi hoặc en, không phải '{0}'", lang))))));
    }

    public Locale locale() {
        return locale;
    }

    /** The language's tag, as {@code Content-Language} names it: {@code vi}, {@code en}. */
    public String tag() {
        return locale.toLanguageTag();
    }

    public char groupingSeparator() {
        return groupingSeparator;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }
}
