package vn.lotrinh.planner.api.projection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.solve.RoadmapStamp;
import vn.lotrinh.planner.core.projection.ProjectionSettings;

/**
 * The most recently used projections, at most {@code lotrinh.projection.cache-size}. A projection is keyed by the
 * roadmap state it was made from (job and last improvement) and its settings, so a new solve or an improved roadmap
 * is simply a new key and nothing needs invalidating. Concurrent requests for the same key wait for one computation;
 * it runs on the requesting thread, outside the map's locks, and a failed one is not kept.
 */
@Component
@EnableConfigurationProperties(ProjectionProperties.class)
class ProjectionCache {

    /** One roadmap state projected with one set of settings. */
    record Key(String jobId, Instant roadmapUpdatedAt, int simulations, long seed) {

        static Key of(RoadmapStamp stamp, ProjectionSettings settings) {
            return new Key(stamp.jobId(), stamp.updatedAt(), settings.simulations(), settings.seed());
        }
    }

    private final Cache<Key, CompletableFuture<ProjectionResponse>> projections;

    ProjectionCache(ProjectionProperties properties) {
        this.projections = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
    }

    ProjectionResponse get(Key key, Supplier<ProjectionResponse> projection) {
        CompletableFuture<ProjectionResponse> mine = new CompletableFuture<>();
        CompletableFuture<ProjectionResponse> cached = projections.asMap().putIfAbsent(key, mine);
        if (cached != null) {
            return join(cached);
        }
        try {
            mine.complete(projection.get());
        } catch (RuntimeException | Error e) {
            projections.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    private static ProjectionResponse join(CompletableFuture<ProjectionResponse> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
