package vn.lotrinh.planner.api.plan;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a province keeps its own framework catalogues ({@code lotrinh.framework.folder}): every {@code <id>.csv} of
 * the folder is a catalogue plans may name, a file replacing the shipped catalogue of its id; none when unset.
 */
@ConfigurationProperties("lotrinh.framework")
public record FrameworkProperties(Path folder) {
}
