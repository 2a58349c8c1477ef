package vn.lotrinh.planner.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** Finds the files tests read: the contract in {@code ../shared/spec}, benchmarks, and the repo's {@code data/}. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The first ancestor of the working directory that holds {@code relative}, resolved. */
    public static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    public static String read(String relative) {
        try {
            return Files.readString(find(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract's example plan as JSON text. */
    public static String examplePlanJson() {
        return read("shared/spec/example-plan.json");
    }

    public static Plan examplePlan() {
        return new PlanReader().read(examplePlanJson());
    }
}
