package vn.lotrinh.planner.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.bench.PsplibReader;
import vn.lotrinh.planner.core.plan.DependencyGraph;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** Temporary: the plan's dependency graph gives the bounds and links the problem factory computes itself. */
class DependencyGraphAgreesWithProblemFactoryTest {

    private int compared;

    private void compare(Plan plan) {
        DependencyGraph graph = plan.dependencies();
        List<ComponentAssignment> assignments = RoadmapProblemFactory.create(plan, Objective.VALUE_OVER_TIME)
                .getAssignments();
        assertThat(graph.size()).isEqualTo(assignments.size());
        for (int i = 0; i < assignments.size(); i++) {
            ComponentAssignment a = assignments.get(i);
            assertThat(graph.earliestStart(i)).as("earliest %s", a.getId()).isEqualTo(a.getEarliestStart());
            assertThat(graph.latestStart(i)).as("latest %s", a.getId()).isEqualTo(a.getLatestStart());
            assertThat(graph.predecessors(i).stream().map(DependencyGraph.Link::component).toList())
                    .isEqualTo(a.getPredecessors().stream().map(ComponentAssignment::getIndex).toList());
            assertThat(graph.predecessors(i).stream().map(DependencyGraph.Link::lagPeriods).toList())
                    .isEqualTo(a.getPredecessorLags());
            assertThat(graph.successors(i).stream().map(DependencyGraph.Link::component).toList())
                    .isEqualTo(a.getSuccessors().stream().map(ComponentAssignment::getIndex).toList());
            assertThat(plan.indexOf(a.getId())).isEqualTo(i);
        }
        List<Integer> seen = new ArrayList<>();
        boolean[] placed = new boolean[graph.size()];
        for (int i : graph.topologicalOrder()) {
            graph.predecessors(i).forEach(link -> assertThat(placed[link.component()]).isTrue());
            placed[i] = true;
            seen.add(i);
        }
        assertThat(seen).hasSize(graph.size()).doesNotHaveDuplicates();
        compared++;
    }

    @Test
    void agreesOnGeneratedPlans() {
        for (long seed = 0; seed < 600; seed++) {
            compare(new PlanReader().read(new RandomPlanGenerator(settingsFor(seed)).generate(seed).document()));
        }
        assertThat(compared).isEqualTo(600);
    }

    @Test
    void agreesOnTheExampleSampleAndPsplibPlans() throws IOException {
        compare(new PlanReader().read(TestFiles.examplePlanJson()));
        compare(new PlanReader().read(TestFiles.read("data/vinh-phuc-egov-2.0.json")));
        PsplibReader reader = new PsplibReader();
        for (String set : List.of("j30", "j60")) {
            try (Stream<Path> files = Files.list(TestFiles.find("shared/benchmarks/psplib").resolve(set))) {
                for (Path file : files.sorted().limit(60).toList()) {
                    compare(new PlanReader().read(reader.read(file)));
                }
            }
        }
    }

    private static GeneratorSettings settingsFor(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        PeriodUnit unit = PeriodUnit.values()[(int) (seed % 3)];
        int periods = switch (unit) {
            case YEAR -> 1 + random.nextInt(30);
            case QUARTER -> 1 + random.nextInt(80);
            case MONTH -> 1 + random.nextInt(240);
        };
        int components = seed % 25 == 0 ? 300 + random.nextInt(700) : 1 + random.nextInt(150);
        double must = seed % 20 == 1 ? 1.0 : random.nextDouble() * 0.6;
        return GeneratorSettings.builder()
                .components(components)
                .periods(unit, periods)
                .phases(random.nextInt(Math.min(periods, 6) + 1))
                .priorityMix(must, random.nextDouble() * (1 - must))
                .maxDurationPeriods(1 + random.nextInt(Math.max(1, periods / 3)))
                .dependencies(random.nextDouble() * 4, random.nextDouble(), 1 + random.nextInt(4))
                .windowShare(random.nextDouble())
                .pinShare(random.nextDouble() * 0.8)
                .exclusionShare(random.nextDouble() * 0.2)
                .build();
    }
}
