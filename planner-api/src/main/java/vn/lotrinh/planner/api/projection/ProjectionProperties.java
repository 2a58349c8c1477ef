package vn.lotrinh.planner.api.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Projections of roadmaps.
 *
 * @param cacheSize how many projections to keep, each for one roadmap state, simulation count and seed
 *     ({@code lotrinh.projection.cache-size})
 */
@ConfigurationProperties("lotrinh.projection")
public record ProjectionProperties(@DefaultValue("64") int cacheSize) {

    public ProjectionProperties {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("lotrinh.projection.cache-size must not be negative: " + cacheSize);
        }
    }
}
