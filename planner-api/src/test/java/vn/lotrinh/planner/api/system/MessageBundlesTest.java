package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** The bundles say the same things: the same keys, each with the same placeholders, readable by MessageFormat. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A quote MessageFormat would swallow: every quote in a text is written twice. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private final Properties vietnamese = bundle("/messages_vi.properties");
    private final Properties english = bundle("/messages_en.properties");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(vietnamese.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void eachTextHasTheSamePlaceholdersInBothLanguages() {
        for (String key : vietnamese.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key))).as(key)
                    .isEqualTo(placeholders(vietnamese.getProperty(key)));
        }
    }

    @Test
    void everyTextIsAMessageFormatPatternWithoutALoneQuote() {
        for (Properties bundle : new Properties[] {vietnamese, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(LONE_QUOTE.matcher(text).find()).as(key + ": " + text).isFalse();
                assertThat(new MessageFormat(text).getFormatsByArgumentIndex()).as(key + ": placeholders 0 … n−1")
                        .hasSize(placeholders(text).size());
            }
        }
    }

    @Test
    void theMessageSourceReadsTheBundlesAsUtf8AndKnowsNoOtherLanguage() {
        MessageSource messages = new MessagesConfiguration().messageSource();

        assertThat(messages.getMessage("money.currency.VND", null, Language.VI.locale())).isEqualTo("đồng");
        assertThat(messages.getMessage("money.scale.billion", null, Language.VI.locale())).isEqualTo("tỷ");
        assertThat(messages.getMessage("money.scale.billion", null, Language.EN.locale())).isEqualTo("billion");
        assertThat(messages.getMessage("list.and", new Object[] {"A", "B"}, Language.EN.locale()))
                .isEqualTo("A and B");
        assertThatThrownBy(() -> messages.getMessage("no.such.text", null,
                Language.EN.locale())).isInstanceOf(NoSuchMessageException.class);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
