package vn.lotrinh.planner.core.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.RoadmapProblemFactory;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * How the OptaPlanner benchmarker loads and stores the comparison's problems. A problem file holds only the
 * {@link ComparisonProblem} name: reading it builds the planning problem from {@code ../shared} (or the generator). The
 * best solution of a solve is written as its starts, a JSON object from component id to start period with the deferred
 * components left out, so that the roadmap checker can judge it afterwards.
 *
 * <p>Public with a public constructor: the benchmarker instantiates it by reflection.
 */
public final class ComparisonProblemFileIO implements SolutionFileIO<RoadmapSolution> {

    static final String PROBLEM_EXTENSION = "problem";
    static final String STARTS_EXTENSION = "json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ComparisonProblemFileIO() {
    }

    /** Writes the problem file of {@code problem} into {@code directory}: its name, under its file name. */
    static File writeProblemFile(Path directory, ComparisonProblem problem) {
        Path file = directory.resolve(problem.fileName() + "." + PROBLEM_EXTENSION);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, problem.name() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toFile();
    }

    /** The starts a solve's output file holds. */
    static Map<String, Integer> readStarts(File file) {
        try {
            return MAPPER.readValue(file, new TypeReference<LinkedHashMap<String, Integer>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getInputFileExtension() {
        return PROBLEM_EXTENSION;
    }

    @Override
    public String getOutputFileExtension() {
        return STARTS_EXTENSION;
    }

    @Override
    public RoadmapSolution read(File problemFile) {
        try {
            ComparisonProblem problem =
                    ComparisonProblem.parse(Files.readString(problemFile.toPath(), StandardCharsets.UTF_8));
            return RoadmapProblemFactory.solution(problem.plan(), problem.objective());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(RoadmapSolution solution, File outputFile) {
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.getStart() != null) {
                starts.put(assignment.getId(), assignment.getStart());
            }
        }
        try {
            MAPPER.writeValue(outputFile, starts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
