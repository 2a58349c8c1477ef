package vn.lotrinh.planner.api.bench;

import java.util.Arrays;

/**
 * Response times of a load run, kept in full and sorted, so that percentiles are exact order statistics.
 *
 * @param collections garbage collections of the JVM during the run, taking {@code collectionMillis} in all
 */
record Latencies(long[] sortedNanos, long wallNanos, long collections, long collectionMillis) {

    static Latencies of(long[] nanos, long wallNanos, long collections, long collectionMillis) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, wallNanos, collections, collectionMillis);
    }

    /** The nearest-rank percentile, in milliseconds: the smallest time that {@code percent} % of requests kept. */
    double percentileMillis(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    double requestsPerSecond() {
        return sortedNanos.length / (wallNanos / 1e9);
    }

    String summary() {
        return requestSummary() + String.format(" (%d GCs, %d ms)", collections, collectionMillis);
    }

    /** The requests' figures alone, for runs whose collections are not this one's. */
    String requestSummary() {
        return String.format("%,d requests, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, %.1f requests/s",
                sortedNanos.length, percentileMillis(50), percentileMillis(90), percentileMillis(99), maxMillis(),
                requestsPerSecond());
    }
}
