package vn.lotrinh.planner.core.solver;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/**
 * One solve of one plan, prepared by {@link RoadmapSolver#prepare}. {@link #solve()} blocks until termination and
 * returns the best roadmap; {@link #terminateEarly()} may be called from any thread at any time, also before the
 * solve has started, and keeps the best roadmap found so far.
 */
public final class SolveRun {

    /** Intermediate roadmaps are assembled (with deferral reasons) at most this often. */
    static final Duration IMPROVEMENT_INTERVAL = Duration.ofMillis(500);

    private final Plan plan;
    private final RoadmapSolution problem;
    private final Solver<RoadmapSolution> solver;
    private final RoadmapAssembler assembler;
    private final AtomicBoolean terminationRequested = new AtomicBoolean();
    private volatile long lastImprovementNanos;

    SolveRun(Plan plan, RoadmapSolution problem, Solver<RoadmapSolution> solver, RoadmapAssembler assembler,
            Consumer<Roadmap> onBestRoadmap) {
        this.plan = plan;
        this.problem = problem;
        this.solver = solver;
        this.assembler = assembler;
        solver.addEventListener(event -> {
            if (terminationRequested.get()) {
                solver.terminateEarly();
            }
            long now = System.nanoTime();
            if (onBestRoadmap != null && event.getNewBestSolution().getScore().isSolutionInitialized()
                    && now - lastImprovementNanos >= IMPROVEMENT_INTERVAL.toNanos()) {
                lastImprovementNanos = now;
                onBestRoadmap.accept(assembler.assemble(plan, event.getNewBestSolution()));
            }
        });
    }

    /** Solves until a time limit is reached or termination is requested; returns the best roadmap. */
    public Roadmap solve() {
        RoadmapSolution best = solver.solve(problem);
        return assembler.assemble(plan, best);
    }

    /** Stops the solve as soon as possible, keeping the best roadmap found so far. */
    public void terminateEarly() {
        terminationRequested.set(true);
        solver.terminateEarly();
    }

    public boolean isTerminationRequested() {
        return terminationRequested.get();
    }
}
