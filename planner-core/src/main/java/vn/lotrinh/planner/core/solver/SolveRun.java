package vn.lotrinh.planner.core.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.explain.RoadmapAssembler;

/**
 * One solve of one plan, prepared by {@link RoadmapSolver#prepare}: one or more independent searches (each an
 * OptaPlanner solver with its own random seed and its own copy of the problem) run side by side, and the best
 * roadmap of any wins, the first search's on a tie, so that searches bounded by score calculations give the same
 * roadmap however their threads interleave. {@link #solve()} blocks until termination; {@link #terminateEarly()} may be called from any
 * thread and keeps the best roadmap found so far. Better roadmaps are handed to the listener from a thread of their
 * own, at most every {@link #IMPROVEMENT_INTERVAL}, so that assembling them never slows the searches.
 */
public final class SolveRun {

    /** Intermediate roadmaps are assembled (with deferral reasons) at most this often. */
    static final Duration IMPROVEMENT_INTERVAL = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(SolveRun.class);
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final Plan plan;
    private final List<Search> searches;
    private final RoadmapAssembler assembler;
    private final Consumer<Roadmap> onBestRoadmap;
    private final AtomicBoolean terminationRequested = new AtomicBoolean();
    private RoadmapSolution best;
    private RoadmapSolution published;

    /** One search: a solver and the problem it alone works on. */
    record Search(Solver<RoadmapSolution> solver, RoadmapSolution problem) {
    }

    SolveRun(Plan plan, List<Search> searches, RoadmapAssembler assembler, Consumer<Roadmap> onBestRoadmap) {
        this.plan = plan;
        this.searches = List.copyOf(searches);
        this.assembler = assembler;
        this.onBestRoadmap = onBestRoadmap;
        for (Search search : this.searches) {
            search.solver().addEventListener(event -> {
                if (terminationRequested.get()) {
                    // A request that came before this search started was reset by it: repeat it.
                    search.solver().terminateEarly();
                }
                offer(event.getNewBestSolution());
            });
        }
    }

    /** Solves until a time limit is reached or termination is requested; returns the best roadmap. */
    public Roadmap solve() {
        ScheduledExecutorService publisher = onBestRoadmap == null ? null : startPublisher();
        ExecutorService pool = searches.size() == 1 ? null : Executors.newFixedThreadPool(searches.size() - 1,
                daemonThreads("roadmap-search-"));
        RoadmapSolution result;
        try {
            List<CompletableFuture<RoadmapSolution>> others = new ArrayList<>();
            for (Search search : searches.subList(1, searches.size())) {
                others.add(CompletableFuture.supplyAsync(() -> search.solver().solve(search.problem()), pool));
            }
            Search first = searches.get(0);
            result = first.solver().solve(first.problem());
            for (CompletableFuture<RoadmapSolution> other : others) {
                result = better(result, resultOf(other));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (publisher != null) {
                stop(publisher);
            }
        }
        return assembler.assemble(plan, isScored(result) ? result : bestSoFar());
    }

    /** Stops the solve as soon as possible, keeping the best roadmap found so far. */
    public void terminateEarly() {
        terminationRequested.set(true);
        searches.forEach(search -> search.solver().terminateEarly());
    }

    /** Keeps the solution when it beats every search's best so far: what is published while the searches run. */
    private synchronized void offer(RoadmapSolution solution) {
        if (isScored(solution) && (best == null || solution.getScore().compareTo(best.getScore()) > 0)) {
            best = solution;
        }
    }

    /** The first unless the second is scored and scores higher. */
    private static RoadmapSolution better(RoadmapSolution first, RoadmapSolution second) {
        if (!isScored(second)) {
            return first;
        }
        return !isScored(first) || second.getScore().compareTo(first.getScore()) > 0 ? second : first;
    }

    private static boolean isScored(RoadmapSolution solution) {
        if (solution == null) {
            return false;
        }
        HardMediumSoftLongScore score = solution.getScore();
        return score != null && score.isSolutionInitialized();
    }

    private synchronized RoadmapSolution bestSoFar() {
        return best;
    }

    /** A failed secondary search does not fail the solve: the others' best roadmap still stands. */
    private static RoadmapSolution resultOf(CompletableFuture<RoadmapSolution> search) {
        try {
            return search.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("A search of the solve failed; the best roadmap of the others is kept", e.getCause());
        }
        return null;
    }

    private ScheduledExecutorService startPublisher() {
        ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(
                daemonThreads("roadmap-publisher-"));
        long interval = IMPROVEMENT_INTERVAL.toMillis();
        publisher.scheduleWithFixedDelay(this::publishIfBetter, interval, interval, TimeUnit.MILLISECONDS);
        return publisher;
    }

    private void publishIfBetter() {
        RoadmapSolution current = bestSoFar();
        if (current != null && current != published) {
            published = current;
            onBestRoadmap.accept(assembler.assemble(plan, current));
        }
    }

    /** Waits for a publication under way, so that none reaches the listener after the final roadmap. */
    private static void stop(ScheduledExecutorService publisher) {
        publisher.shutdownNow();
        try {
            publisher.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
