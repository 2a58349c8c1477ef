package vn.lotrinh.planner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ProjectionBenchmark} under JMH: {@code mvn -B -Pbench -pl planner-core test
 * -Dtest='ProjectionBenchmark*'}. Issue 4 asks for 10,000 runs of a 1,000-component, 60-period plan in under a second
 * on two cores. Before JMH starts, the test also times the first projection in its own cold JVM, which builds the
 * PERT quantile grid.
 */
@Tag("bench")
class ProjectionBenchmarkTest {

    @Test
    void projectsAThousandComponentsOverSixtyPeriodsWithTenThousandRunsInUnderASecond() throws RunnerException {
        BenchmarkPlans generated =
                BenchmarkPlans.generate(ProjectionBenchmark.COMPONENTS, ProjectionBenchmark.PERIODS, 2024L);
        long coldStart = System.nanoTime();
        new CostProjector().project(generated.plan(), generated.starts(),
                new ProjectionSettings(ProjectionBenchmark.SIMULATIONS, 42L));
        System.out.printf("First projection in a cold JVM: %.0f ms%n", (System.nanoTime() - coldStart) / 1e6);

        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ProjectionBenchmark.class.getName())
                .build()).run();

        RunResult onAllCores = results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith(".project"))
                .findFirst().orElseThrow();
        assertThat(onAllCores.getPrimaryResult().getScore()).isLessThan(1000.0);
    }
}
