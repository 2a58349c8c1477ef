package vn.lotrinh.planner.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.read.Text;

class SingleFlightCacheTest {

    @Test
    void concurrentRequestsForOneKeyComputeItOnce() throws Exception {
        SingleFlightCache<String, String> cache = new SingleFlightCache<>(10, value -> 1);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.get("k", () -> {
                    computations.incrementAndGet();
                    await(release);
                    return "v";
                })));
            }
            Thread.sleep(100);
            release.countDown();

            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("v");
            }
            assertThat(computations).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedComputationIsNotKept() {
        SingleFlightCache<String, String> cache = new SingleFlightCache<>(10, value -> 1);

        assertThatThrownBy(() -> cache.get("k", () -> {
            throw new NotFoundException(Text.verbatim("gone"));
        })).isInstanceOf(NotFoundException.class);

        assertThat(cache.get("k", () -> "v")).isEqualTo("v");
    }

    @Test
    void cachedValueIsAnsweredWithoutComputing() {
        SingleFlightCache<String, String> cache = new SingleFlightCache<>(10, value -> 1);
        cache.get("k", () -> "v");

        assertThat(cache.get("k", () -> {
            throw new AssertionError("computed again");
        })).isEqualTo("v");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
