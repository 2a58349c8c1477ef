package vn.lotrinh.planner.api.sample;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample plan loaded once into an empty database.
 *
 * @param enabled whether to load it ({@code lotrinh.sample.enabled})
 * @param path the {@code roadmap-plan/1} file, relative to the working directory ({@code lotrinh.sample.path})
 */
@ConfigurationProperties("lotrinh.sample")
public record SampleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/vinh-phuc-egov-2.0.json") String path) {

    public Path file() {
        return Path.of(path);
    }
}
