package vn.lotrinh.planner.api.system;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A bounded cache of values that are costly to make, least recently used first out. Concurrent requests for a key
 * that is not there yet wait for one computation, which runs on the thread that asked first and outside the map's
 * locks; a computation that fails is not kept, and its waiters get its exception.
 *
 * @param <K> the key: it should name everything the value depends on, so that nothing ever needs invalidating
 */
public final class SingleFlightCache<K, V> {

    private final AsyncCache<K, V> values;

    /**
     * @param maximumWeight the most weight kept at once
     * @param weigher the weight of a value, e.g. its size in bytes or 1 to bound the number of values
     */
    public SingleFlightCache(long maximumWeight, ToIntFunction<V> weigher) {
        this.values = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .<K, V>weigher((key, value) -> weigher.applyAsInt(value))
                .buildAsync();
    }

    /** The value of {@code key}, made by {@code compute} unless it is cached or being made. */
    public V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> earlier = values.asMap().putIfAbsent(key, mine);
        if (earlier != null) {
            return join(earlier);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
