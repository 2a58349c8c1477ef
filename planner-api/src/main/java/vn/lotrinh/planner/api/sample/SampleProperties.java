package vn.lotrinh.planner.api.sample;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample plan loaded once into an empty database, unless {@code lotrinh.sample.enabled} is {@code false}.
 *
 * @param path the {@code roadmap-plan/1} file, relative to the working directory ({@code lotrinh.sample.path})
 */
@ConfigurationProperties("lotrinh.sample")
public record SampleProperties(@DefaultValue("data/vinh-phuc-egov-2.0.json") String path) {

    public Path file() {
        return Path.of(path);
    }
}
