package vn.lotrinh.planner.core.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;

/**
 * A problem of the configuration comparison, known by the name the report prints: an OR-Library problem
 * ({@code mknap1 #7}, {@code mknap2 HP1}) under {@code MAX_VALUE}, a PSPLIB instance ({@code j3029_1}) under
 * {@code MIN_MAKESPAN}, or a generated plan ({@code generated 100 seed 1 MAX_VALUE}). The name alone says where the
 * plan comes from, so it is all a benchmark problem file needs to hold; the data stay in {@code ../shared}.
 */
sealed interface ComparisonProblem {

    /** The problems compared by default: small and large knapsacks, j30 and j60 schedules, e-Government plans. */
    List<String> DEFAULT_NAMES = List.of("mknap1 #7", "mknap2 HP1", "mknap2 HP2", "mknapcb1 #1",
            "j3029_1", "j3045_1", "j6013_1", "j6029_1",
            "generated 100 seed 1 MAX_VALUE", "generated 100 seed 1 VALUE_OVER_TIME",
            "generated 200 seed 1 MAX_VALUE", "generated 200 seed 1 VALUE_OVER_TIME");

    String name();

    Objective objective();

    /** Reads or generates the plan. */
    Plan plan();

    /** The name reduced to letters, digits, {@code _} and {@code -}: safe as a file name and in a report's links. */
    default String fileName() {
        return name().replaceAll("[^A-Za-z0-9_]+", "-");
    }

    /** The problem a name denotes; throws for a name of none of the three kinds. */
    static ComparisonProblem parse(String name) {
        String trimmed = name.strip();
        Matcher orLibrary = OrLibrary.NAME.matcher(trimmed);
        if (orLibrary.matches()) {
            return new OrLibrary(trimmed, orLibrary.group(1));
        }
        Matcher psplib = Psplib.NAME.matcher(trimmed);
        if (psplib.matches()) {
            return new Psplib(trimmed, psplib.group(1));
        }
        Matcher generated = Generated.NAME.matcher(trimmed);
        if (generated.matches()) {
            return new Generated(Integer.parseInt(generated.group(1)), Long.parseLong(generated.group(2)),
                    Objective.valueOf(generated.group(3)));
        }
        throw new IllegalArgumentException("not a comparison problem: '" + name + "' (expected e.g. 'mknap1 #7', "
                + "'mknap2 HP1', 'j3029_1' or 'generated 100 seed 1 MAX_VALUE')");
    }

    /** A problem of an OR-Library capital budgeting file, as {@link OrLibraryReader} names it. */
    record OrLibrary(String name, String file) implements ComparisonProblem {

        private static final Pattern NAME = Pattern.compile("(mknap\\w+) .+");

        @Override
        public Objective objective() {
            return Objective.MAX_VALUE;
        }

        @Override
        public Plan plan() {
            Path path = TestFiles.find("shared/benchmarks/orlib").resolve(file + ".txt");
            OrLibraryReader reader = new OrLibraryReader();
            List<OrLibraryReader.Instance> instances = file.equals("mknap2")
                    ? reader.readMknap2(path)
                    : reader.readMknap1Format(path);
            return new PlanReader().read(instances.stream()
                    .filter(instance -> instance.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " is not in " + path))
                    .plan());
        }
    }

    /** A single-mode PSPLIB instance of the j30, j60, j90 or j120 set. */
    record Psplib(String name, String set) implements ComparisonProblem {

        private static final Pattern NAME = Pattern.compile("(j120|j30|j60|j90)\\d+_\\d+");

        @Override
        public Objective objective() {
            return Objective.MIN_MAKESPAN;
        }

        @Override
        public Plan plan() {
            Path file = TestFiles.find("shared/benchmarks/psplib").resolve(set).resolve(name + ".sm");
            return new PlanReader().read(new PsplibReader().read(file));
        }
    }

    /** A plan of {@link RandomPlanGenerator} with {@link GeneratorSettings#defaults()} at a size. */
    record Generated(int components, long seed, Objective objective) implements ComparisonProblem {

        private static final Pattern NAME = Pattern.compile("generated (\\d+) seed (\\d+) (\\w+)");

        @Override
        public String name() {
            return "generated " + components + " seed " + seed + " " + objective;
        }

        @Override
        public Plan plan() {
            RandomPlanGenerator generator =
                    new RandomPlanGenerator(GeneratorSettings.builder().components(components).build());
            return new PlanReader().read(generator.generate(seed).document());
        }
    }
}
