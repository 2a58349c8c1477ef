package vn.lotrinh.planner.api.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same load from <a href="https://github.com/wg/wrk">wrk</a>, a separate process, when it is installed
 * ({@code apt-get install -y wrk}): {@code wrk -t2 -c16 -d<seconds>s --latency}. Without wrk on the path the run is
 * skipped and only the in-process clients of {@link LoadRun} measure.
 */
final class WrkRun {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$");
    private static final Pattern MAX = Pattern.compile("^\\s*Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+)(us|ms|s)");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d+) requests in");

    private WrkRun() {
    }

    static boolean installed() {
        return Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> List.of(path.split(":")).stream())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "wrk")));
    }

    /** The summary of a wrk run, or empty when wrk is not installed. */
    static Optional<String> run(URI uri, Map<String, String> headers, int connections, int seconds)
            throws IOException, InterruptedException {
        if (!installed()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency"));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        command.add(uri.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroy();
            throw new IllegalStateException("wrk failed: " + output);
        }
        return Optional.of(summary(output));
    }

    private static String summary(String output) {
        StringBuilder summary = new StringBuilder();
        String count = "?";
        String rate = "?";
        String max = "?";
        for (String line : output.split("\n")) {
            Matcher percentile = PERCENTILE.matcher(line);
            Matcher maximum = MAX.matcher(line);
            Matcher requests = RATE.matcher(line);
            Matcher total = COUNT.matcher(line);
            if (percentile.find()) {
                summary.append(String.format("p%s %.1f ms, ", percentile.group(1),
                        millis(percentile.group(2), percentile.group(3))));
            } else if (maximum.find()) {
                max = String.format("%.1f ms", millis(maximum.group(1), maximum.group(2)));
            } else if (requests.find()) {
                rate = String.format("%.0f", Double.parseDouble(requests.group(1)));
            } else if (total.find()) {
                count = String.format("%,d", Long.parseLong(total.group(1)));
            }
        }
        return count + " requests, " + summary + "max " + max + ", " + rate + " requests/s";
    }

    private static double millis(String amount, String unit) {
        double value = Double.parseDouble(amount);
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
