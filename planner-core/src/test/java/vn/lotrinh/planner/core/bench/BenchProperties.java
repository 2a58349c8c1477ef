package vn.lotrinh.planner.core.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The {@code bench.*} system properties that size a benchmark run. Maven passes {@code -Dname=value} from its command
 * line to the test JVM, so {@code mvn -Pbench ... -Dbench.limit=5} reaches these.
 */
final class BenchProperties {

    private static final String PREFIX = "bench.";

    private BenchProperties() {
    }

    /** {@code bench.<name>} in whole or decimal seconds, or the default. */
    static Duration seconds(String name, Duration defaultValue) {
        String value = raw(name);
        return value == null ? defaultValue : Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    static int integer(String name, int defaultValue) {
        String value = raw(name);
        return value == null ? defaultValue : Integer.parseInt(value.trim());
    }

    static boolean flag(String name, boolean defaultValue) {
        String value = raw(name);
        return value == null ? defaultValue : Boolean.parseBoolean(value.trim());
    }

    /** A comma-separated list of integers, e.g. {@code bench.sizes=30,60}. */
    static List<Integer> integers(String name, List<Integer> defaultValue) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** A comma-separated list of names, e.g. {@code bench.problems='mknap1 #7,j3029_1'}. */
    static List<String> strings(String name, List<String> defaultValue) {
        String value = raw(name);
        if (value == null) {
            return defaultValue;
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The instances named by {@code bench.only} (comma-separated names as the report prints them), or an empty set
     * for no restriction: {@code -Dbench.only="mknap2 WEISH01"} reruns one instance.
     */
    static Set<String> only() {
        String value = raw("only");
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }

    /** The Maven command that runs the benchmark class with the {@code bench.*} properties of this run. */
    static String commandLine(Class<?> benchmark) {
        TreeMap<String, String> set = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(PREFIX))
                .forEach(name -> set.put(name, System.getProperty(name)));
        StringBuilder command = new StringBuilder("mvn -B -Pbench -pl planner-core test -Dtest=")
                .append(benchmark.getSimpleName());
        set.forEach((name, value) -> command.append(" -D").append(name).append('=').append(quoted(value)));
        // The pom passes the test JVM's maximum heap on; stating it lets a rerun measure with the same heap.
        String maxHeap = System.getProperty("testMaxHeap");
        if (maxHeap != null) {
            command.append(" -DtestMaxHeap=").append(quoted(maxHeap));
        }
        return command.toString();
    }

    private static String quoted(String value) {
        return value.matches("[\\w.,:/-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    private static String raw(String name) {
        String value = System.getProperty(PREFIX + name);
        return value == null || value.isBlank() ? null : value;
    }
}
