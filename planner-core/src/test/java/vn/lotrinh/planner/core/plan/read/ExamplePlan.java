package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared example plan ({@code shared/spec/example-plan.json}), found by walking up from the working directory. */
final class ExamplePlan {

    private static final Path FILE = locate();

    private ExamplePlan() {
    }

    /** A fresh, mutable copy of the example document. */
    static ObjectNode document() {
        try {
            return (ObjectNode) PlanReader.mapper().readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON fragment with the plan reader's mapper. */
    static JsonNode json(String text) {
        try {
            return PlanReader.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/spec/example-plan.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "shared/spec/example-plan.json not found above " + Path.of("").toAbsolutePath());
    }
}
