package vn.lotrinh.planner.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.system.Language;

/**
 * The web page's texts in each language: every {@code page.*} key of the message bundles, and the {@code money.*}
 * words the page writes amounts with, so that the page and the service's own sentences share one source. Texts are
 * read through the {@link MessageSource} without arguments: a quote written twice comes out once, and a placeholder
 * such as {@code {0}} stays for the page to fill.
 */
@Component
class PageTexts {

    private static final List<String> PREFIXES = List.of("page.", "money.");

    private final Map<Language, SortedMap<String, String>> byLanguage = new EnumMap<>(Language.class);

    PageTexts(MessageSource messages) {
        List<String> keys = pageKeys();
        for (Language language : Language.values()) {
            SortedMap<String, String> texts = new TreeMap<>();
            for (String key : keys) {
                texts.put(key, messages.getMessage(key, new Object[0], language.locale()));
            }
            byLanguage.put(language, texts);
        }
    }

    /** Every page text in {@code language}, by key. */
    SortedMap<String, String> in(Language language) {
        return byLanguage.get(language);
    }

    /** The keys come from the default language's bundle; {@code MessageBundlesTest} keeps the others in step. */
    private static List<String> pageKeys() {
        String bundle = "/messages_" + Language.DEFAULT.tag() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = PageTexts.class.getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException("The message bundle " + bundle + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> PREFIXES.stream().anyMatch(key::startsWith))
                .sorted()
                .toList();
    }
}
