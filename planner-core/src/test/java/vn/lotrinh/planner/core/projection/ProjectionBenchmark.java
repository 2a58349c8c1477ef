package vn.lotrinh.planner.core.projection;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * One whole projection, Monte Carlo included, of a 1,000-component, 60-period plan with every component scheduled:
 * 10,000 runs. Run it through {@link ProjectionBenchmarkTest}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ProjectionBenchmark {

    static final int COMPONENTS = 1_000;
    static final int PERIODS = 60;
    static final int SIMULATIONS = 10_000;

    private final CostProjector projector = new CostProjector();
    private Plan plan;
    private Map<String, Integer> starts;
    private ForkJoinPool oneThread;

    @Setup
    public void generatePlan() {
        BenchmarkPlans generated = BenchmarkPlans.generate(COMPONENTS, PERIODS, 2024L);
        plan = generated.plan();
        starts = generated.starts();
        oneThread = new ForkJoinPool(1);
    }

    @TearDown
    public void stopThread() {
        oneThread.shutdown();
    }

    /** On every core of the common pool. */
    @Benchmark
    public Projection project() {
        return projector.project(plan, starts, new ProjectionSettings(SIMULATIONS, 42L));
    }

    /** On one thread: the cost in CPU time, which does not depend on how busy the other cores are. */
    @Benchmark
    public Projection projectOnOneThread() throws ExecutionException, InterruptedException {
        return oneThread.submit(this::project).get();
    }
}
