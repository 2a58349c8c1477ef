package vn.lotrinh.planner.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web page holds no sentence of its own: every text it shows is a {@code page.*} key of both message bundles
 * ({@code MessageBundlesTest} keeps the bundles in step), named in the HTML by {@code data-text} attributes and in
 * the scripts by {@code t('page.…')} or a key prefix for codes ({@code named('page.layer.', layer)}).
 */
class PageFilesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern KEY = Pattern.compile("['\"`](page\\.[A-Za-z0-9_.]+)['\"`]");
    /** Text between tags in the HTML: there must be none (besides whitespace). */
    private static final Pattern HTML_TEXT = Pattern.compile(">([^<]*)<");
    /**
     * A string literal that reads as a sentence: a letter only Vietnamese has, or a capitalised word followed by
     * another word. Comments are removed first.
     */
    private static final Pattern LITERAL = Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"|`([^`]*)`");
    private static final Pattern SENTENCE = Pattern.compile("[\\p{L}&&[^\\p{ASCII}]]|\\b[A-Z][a-z]+ [a-z]{2,}");
    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*//.*$|/\\*[\\s\\S]*?\\*/|(?<=[;,{}()]) +//.*$");

    private final Properties vietnamese = bundle("/messages_vi.properties");
    private final Properties english = bundle("/messages_en.properties");

    @Test
    void everyKeyThePageNamesIsInBothBundles() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        for (Path file : pageFiles()) {
            Matcher key = KEY.matcher(Files.readString(file));
            while (key.find()) {
                named.add(key.group(1));
            }
        }
        for (String key : named) {
            boolean prefix = key.endsWith(".");
            for (Properties bundle : List.of(vietnamese, english)) {
                boolean found = prefix ? bundle.stringPropertyNames().stream().anyMatch(name -> name.startsWith(key))
                        : bundle.containsKey(key);
                if (!found) {
                    missing.add(key);
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void theHtmlHoldsNoTextOfItsOwn() throws IOException {
        String html = Files.readString(STATIC.resolve("index.html"));
        Matcher text = HTML_TEXT.matcher(html);
        List<String> found = new ArrayList<>();
        while (text.find()) {
            if (!text.group(1).isBlank()) {
                found.add(text.group(1).strip());
            }
        }
        assertThat(found).isEmpty();
        assertThat(html).contains("data-text=\"page.title\"");
    }

    @Test
    void theScriptsHoldNoSentence() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path file : pageFiles()) {
            if (!file.toString().endsWith(".js")) {
                continue;
            }
            Matcher literal = LITERAL.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
            while (literal.find()) {
                String value = Stream.of(literal.group(1), literal.group(2), literal.group(3))
                        .filter(group -> group != null).findFirst().orElse("");
                if (SENTENCE.matcher(value).find()) {
                    sentences.add(STATIC.relativize(file) + ": " + value);
                }
            }
        }
        assertThat(sentences).isEmpty();
    }

    @Test
    void theCheckFindsASentenceWhereThereIsOne() {
        assertThat(SENTENCE.matcher("Không có kế hoạch").find()).isTrue();
        assertThat(SENTENCE.matcher("Solve the plan first").find()).isTrue();
        assertThat(SENTENCE.matcher("page.plans.title").find()).isFalse();
        assertThat(SENTENCE.matcher("scenario-mark").find()).isFalse();
    }

    private static List<Path> pageFiles() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC)) {
            return files.filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".html"))
                    .sorted().toList();
        }
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = PageFilesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
