package vn.lotrinh.planner.core.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/**
 * One solve of one plan, prepared by {@link RoadmapSolver#prepare}: one or more independent searches (each an
 * OptaPlanner solver with its own random seed) run side by side, and the best roadmap of any wins. {@link #solve()}
 * blocks until termination; {@link #terminateEarly()} may be called from any thread at any time, also before the
 * solve has started, and keeps the best roadmap found so far.
 */
public final class SolveRun {

    /** Intermediate roadmaps are assembled (with deferral reasons) at most this often. */
    static final Duration IMPROVEMENT_INTERVAL = Duration.ofMillis(500);

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final Plan plan;
    private final RoadmapSolution problem;
    private final List<Solver<RoadmapSolution>> searches;
    private final RoadmapAssembler assembler;
    private final Consumer<Roadmap> onBestRoadmap;
    private final AtomicBoolean terminationRequested = new AtomicBoolean();
    private RoadmapSolution best;
    private long lastImprovementNanos;

    SolveRun(Plan plan, RoadmapSolution problem, List<Solver<RoadmapSolution>> searches, RoadmapAssembler assembler,
            Consumer<Roadmap> onBestRoadmap) {
        this.plan = plan;
        this.problem = problem;
        this.searches = List.copyOf(searches);
        this.assembler = assembler;
        this.onBestRoadmap = onBestRoadmap;
        for (Solver<RoadmapSolution> search : this.searches) {
            search.addEventListener(event -> {
                if (terminationRequested.get()) {
                    search.terminateEarly();
                }
                offer(event.getNewBestSolution());
            });
        }
    }

    /** Solves until a time limit is reached or termination is requested; returns the best roadmap. */
    public Roadmap solve() {
        if (searches.size() == 1) {
            offer(searches.get(0).solve(problem));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(searches.size() - 1, runnable -> {
                Thread thread = new Thread(runnable, "roadmap-search-" + THREAD_NUMBER.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<CompletableFuture<RoadmapSolution>> others = new ArrayList<>();
                for (Solver<RoadmapSolution> search : searches.subList(1, searches.size())) {
                    others.add(CompletableFuture.supplyAsync(() -> search.solve(problem), pool));
                }
                offer(searches.get(0).solve(problem));
                for (CompletableFuture<RoadmapSolution> other : others) {
                    offer(join(other));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        synchronized (this) {
            return assembler.assemble(plan, best);
        }
    }

    /** Stops the solve as soon as possible, keeping the best roadmap found so far. */
    public void terminateEarly() {
        terminationRequested.set(true);
        searches.forEach(Solver::terminateEarly);
    }

    public boolean isTerminationRequested() {
        return terminationRequested.get();
    }

    /** Keeps the solution when it beats every search's best so far, and tells the listener, at most so often. */
    private synchronized void offer(RoadmapSolution solution) {
        HardMediumSoftLongScore score = solution.getScore();
        if (score == null || !score.isSolutionInitialized() || (best != null && score.compareTo(best.getScore()) <= 0)) {
            return;
        }
        best = solution;
        long now = System.nanoTime();
        if (onBestRoadmap != null && now - lastImprovementNanos >= IMPROVEMENT_INTERVAL.toNanos()) {
            lastImprovementNanos = now;
            onBestRoadmap.accept(assembler.assemble(plan, solution));
        }
    }

    private static RoadmapSolution join(CompletableFuture<RoadmapSolution> search) {
        try {
            return search.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a search", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a search failed", e.getCause());
        }
    }
}
