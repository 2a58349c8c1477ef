package vn.lotrinh.planner.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds files under the project's {@code shared/} directory (specification, benchmark data), which sits beside the
 * repository: walks up from the working directory, so it works from the repository root and from a module.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** The path of {@code shared/<relative>}; fails when no ancestor of the working directory holds it. */
    public static Path resolve(String relative) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/" + relative + " not found above " + System.getProperty("user.dir"));
    }
}
