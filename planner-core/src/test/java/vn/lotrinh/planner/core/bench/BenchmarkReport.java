package vn.lotrinh.planner.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.TestFiles;

/**
 * Writes one benchmark's section of {@code docs/benchmarks.md}: the text between {@code <!-- bench:KEY:start -->} and
 * {@code <!-- bench:KEY:end -->} is replaced, the rest of the file is left as it is; a missing section is appended.
 * Every section opens with when and where it was measured and the command that reproduces it.
 */
final class BenchmarkReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Class<?> benchmark;
    private final ZonedDateTime startedAt;
    private final long startNanos;
    private final double loadAverageAtStart;

    private BenchmarkReport(Class<?> benchmark) {
        this.benchmark = benchmark;
        this.startedAt = ZonedDateTime.now(ZoneOffset.UTC);
        this.startNanos = System.nanoTime();
        this.loadAverageAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Starts the clock and notes the machine's load for a run of {@code benchmark}. */
    static BenchmarkReport start(Class<?> benchmark) {
        return new BenchmarkReport(benchmark);
    }

    /** Replaces section {@code key} of {@code docs/benchmarks.md} by the title, the run's provenance and the body. */
    void write(String key, String title, String body) {
        String section = "## " + title + "\n\n" + provenance() + "\n\n" + body.strip() + "\n";
        Path document = TestFiles.find("docs").resolve("benchmarks.md");
        String start = "<!-- bench:" + key + ":start -->";
        String end = "<!-- bench:" + key + ":end -->";
        String text = Files.exists(document) ? read(document) : "# Benchmarks\n";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String replaced;
        if (from >= 0 && to > from) {
            replaced = text.substring(0, from + start.length()) + "\n" + section + text.substring(to);
        } else {
            replaced = text.stripTrailing() + "\n\n" + start + "\n" + section + end + "\n";
        }
        try {
            Files.writeString(document, replaced, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String provenance() {
        Runtime runtime = Runtime.getRuntime();
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        return "**Measured** " + WHEN.format(startedAt) + " (the run took " + minutes(took) + ") on "
                + runtime.availableProcessors() + " cores" + cpuModel().map(m -> " (" + m + ")").orElse("")
                + ", max heap " + String.format(Locale.ROOT, "%,d", runtime.maxMemory() >> 20) + " MiB, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "; load average " + String.format(Locale.ROOT, "%.1f", loadAverageAtStart)
                + " when it began (other work shared the machine)"
                + commit().map(c -> "; solver at commit " + c).orElse("")
                + ".\n\n"
                + "**Command** (from the repository root): `" + BenchProperties.commandLine(benchmark) + "`";
    }

    /** A Markdown table. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder table = new StringBuilder();
        table.append(row(header)).append(header.stream().map(h -> "---").collect(Collectors.joining("|", "|", "|\n")));
        rows.forEach(r -> table.append(row(r)));
        return table.toString();
    }

    /** A table folded away under a one-line summary. */
    static String details(String summary, String content) {
        return "<details><summary>" + summary + "</summary>\n\n" + content.strip() + "\n\n</details>\n";
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f %%", value);
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    private static String row(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String minutes(Duration took) {
        return took.toMinutes() > 0
                ? took.toMinutes() + " min " + took.toSecondsPart() + " s"
                : took.toSeconds() + " s";
    }

    /** The checked-out commit, and whether the solver's sources differ from it; empty where git cannot say. */
    private static Optional<String> commit() {
        Path repository = TestFiles.find("docs").getParent();
        Optional<String> head = git(repository, "rev-parse", "--short", "HEAD");
        Optional<String> changed = git(repository, "status", "--porcelain", "--", "planner-core/src/main");
        return head.map(h -> "`" + h + "`" + (changed.filter(c -> !c.isEmpty()).isPresent()
                ? " with uncommitted changes to `planner-core/src/main`"
                : ""));
    }

    private static Optional<String> git(Path repository, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static String read(Path document) {
        try {
            return Files.readString(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
