package vn.lotrinh.planner.core.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Optimality;
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
 *
 * <p>A portfolio solve also runs an {@link ExactRun} on a thread of its own: each better roadmap it finds is handed to
 * every OptaPlanner search that has none as good (a problem change that sets the starts; the search goes on from
 * them), its bound says how far any roadmap may be from the optimum, and the solve ends as soon as the best roadmap
 * meets the bound. A problem change restarts OptaPlanner's own limits, so the time limit of the whole solve is kept
 * here. The OptaPlanner searches' best wins a tie with the exact search's.
 */
public final class SolveRun {

    /** Intermediate roadmaps are assembled (with deferral reasons) at most this often. */
    static final Duration IMPROVEMENT_INTERVAL = Duration.ofMillis(500);
    /** How often the solve repeats a stop to the exact search while it waits for it to end. */
    private static final Duration EXACT_STOP_RETRY = Duration.ofMillis(100);
    private static final Duration MIN_RESTART_INTERVAL = Duration.ofSeconds(1);

    private static final Text NO_ROADMAP_YET = Text.of("no roadmap yet", "chưa có lộ trình");

    private static final Logger LOG = LoggerFactory.getLogger(SolveRun.class);
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final Plan plan;
    private final List<Search> searches;
    private final RoadmapAssembler assembler;
    private final Consumer<Roadmap> onBestRoadmap;
    private final ExactRun exact;
    private final Optimality withoutExact;
    private final Duration timeLimit;
    private final AtomicBoolean terminationRequested = new AtomicBoolean();
    private final List<AtomicBoolean> exactChangePending = new ArrayList<>();
    private final List<HardMediumSoftLongScore> searchBest = new ArrayList<>();
    private RoadmapSolution best;
    private RoadmapSolution published;
    private Optimality publishedOptimality;
    private volatile Instant provenAt;

    /** One search: a solver and the problem it alone works on. */
    record Search(Solver<RoadmapSolution> solver, RoadmapSolution problem) {
    }

    /** A solve by the OptaPlanner searches alone; {@code optimality} is what its roadmap says of itself. */
    SolveRun(Plan plan, List<Search> searches, RoadmapAssembler assembler, Consumer<Roadmap> onBestRoadmap,
            Optimality optimality) {
        this(plan, searches, assembler, onBestRoadmap, null, optimality, null);
    }

    /**
     * A portfolio solve: the searches beside {@code exact}, both within {@code timeLimit}.
     *
     */
    SolveRun(Plan plan, List<Search> searches, RoadmapAssembler assembler, Consumer<Roadmap> onBestRoadmap,
            ExactRun exact, Duration timeLimit) {
        this(plan, searches, assembler, onBestRoadmap, exact, null, timeLimit);
    }

    private SolveRun(Plan plan, List<Search> searches, RoadmapAssembler assembler, Consumer<Roadmap> onBestRoadmap,
            ExactRun exact, Optimality withoutExact, Duration timeLimit) {
        this.plan = plan;
        this.searches = List.copyOf(searches);
        this.assembler = assembler;
        this.onBestRoadmap = onBestRoadmap;
        this.exact = exact;
        this.withoutExact = withoutExact;
        this.timeLimit = timeLimit;
        for (int i = 0; i < this.searches.size(); i++) {
            Search search = this.searches.get(i);
            int index = i;
            exactChangePending.add(new AtomicBoolean());
            searchBest.add(null);
            search.solver().addEventListener(event -> {
                if (terminationRequested.get()) {
                    // A request that came before this search started was reset by it: repeat it.
                    search.solver().terminateEarly();
                }
                RoadmapSolution solution = event.getNewBestSolution();
                if (isScored(solution)) {
                    synchronized (this) {
                        searchBest.set(index, solution.getScore());
                    }
                }
                offer(solution);
            });
        }
        if (exact != null) {
            exact.listen(this::offerExact, this::endIfProven);
        }
    }

    /** Solves until a time limit is reached, the optimum is proven or termination is requested; the best roadmap. */
    public Roadmap solve() {
        long startNanos = System.nanoTime();
        ScheduledExecutorService publisher = onBestRoadmap == null ? null : startPublisher();
        ExecutorService pool = searches.size() == 1 ? null : Executors.newFixedThreadPool(searches.size() - 1,
                daemonThreads("roadmap-search-"));
        ExecutorService exactThread = exact == null ? null
                : Executors.newSingleThreadExecutor(daemonThreads("roadmap-exact-"));
        ScheduledExecutorService deadline = exact == null ? null
                : Executors.newSingleThreadScheduledExecutor(daemonThreads("roadmap-deadline-"));
        RoadmapSolution result;
        try {
            CompletableFuture<Void> exactSearch = null;
            if (exact != null) {
                long deadlineNanos = startNanos + timeLimit.toNanos();
                exactSearch = CompletableFuture.runAsync(() -> exact.run(deadlineNanos), exactThread);
                deadline.schedule(this::stopSearches, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
                if (exact.restartsFromSearches()) {
                    long every = restartInterval(timeLimit).toNanos();
                    deadline.scheduleWithFixedDelay(() -> restartExactFromBest(deadlineNanos, every), every, every,
                            TimeUnit.NANOSECONDS);
                }
            }
            List<CompletableFuture<RoadmapSolution>> others = new ArrayList<>();
            for (Search search : searches.subList(1, searches.size())) {
                others.add(CompletableFuture.supplyAsync(() -> search.solver().solve(search.problem()), pool));
            }
            Search first = searches.get(0);
            result = first.solver().solve(first.problem());
            for (CompletableFuture<RoadmapSolution> other : others) {
                result = better(result, resultOf(other));
            }
            if (exactSearch != null) {
                awaitExact(exactSearch);
                result = better(result, exact.best());
            }
        } finally {
            for (ExecutorService executor : new ExecutorService[] {pool, exactThread, deadline}) {
                if (executor != null) {
                    executor.shutdownNow();
                }
            }
            if (publisher != null) {
                stop(publisher);
            }
        }
        RoadmapSolution chosen = isScored(result) ? result : bestSoFar();
        return assembler.assemble(plan, chosen).withOptimality(optimalityOf(chosen));
    }

    /** Stops the solve as soon as possible, keeping the best roadmap found so far. */
    public void terminateEarly() {
        terminationRequested.set(true);
        stopSearches();
        if (exact != null) {
            exact.stop();
        }
    }

    private void stopSearches() {
        searches.forEach(search -> search.solver().terminateEarly());
    }

    /**
     * Waits for the exact search to end by its own limits or proof, repeating a stop while termination is requested
     * (a stop that comes before CP-SAT has started is not seen by it).
     */
    private void awaitExact(CompletableFuture<Void> exactSearch) {
        while (true) {
            if (terminationRequested.get()) {
                exact.stop();
            }
            try {
                exactSearch.get(EXACT_STOP_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // still searching
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exact.stop();
                return;
            } catch (ExecutionException e) {
                LOG.error("The exact search of the solve failed; the best roadmap of the others is kept", e.getCause());
                return;
            }
        }
    }

    /**
     * Takes a roadmap of the exact search: kept when it beats every search's best, and handed to each OptaPlanner
     * search that has constructed its roadmap and whose best is lower, by one pending problem change per search that
     * reads the latest exact roadmap.
     */
    private void offerExact(RoadmapSolution solution) {
        offer(solution);
        for (int i = 0; i < searches.size(); i++) {
            HardMediumSoftLongScore searchScore;
            synchronized (this) {
                searchScore = searchBest.get(i);
            }
            AtomicBoolean pending = exactChangePending.get(i);
            // Not before the search's construction: a pending change ends a phase before it starts, and the
            // construction would be skipped for good.
            if (searchScore != null && solution.getScore().compareTo(searchScore) > 0
                    && pending.compareAndSet(false, true)) {
                searches.get(i).solver().addProblemChange(new ExactStartsChange(exact::best, () -> pending.set(false)));
            }
        }
    }

    /**
     * How often the exact search is offered the searches' best roadmap: a restart costs CP-SAT its presolve and what
     * it learnt, so not more often than a tenth of the time limit, nor than every second.
     */
    static Duration restartInterval(Duration timeLimit) {
        Duration tenth = timeLimit.dividedBy(10);
        return tenth.compareTo(MIN_RESTART_INTERVAL) < 0 ? MIN_RESTART_INTERVAL : tenth;
    }

    /** Restarts the exact search from the best roadmap when an OptaPlanner search holds it and time is left. */
    private void restartExactFromBest(long deadlineNanos, long intervalNanos) {
        RoadmapSolution current = bestSoFar();
        if (current != null && deadlineNanos - System.nanoTime() > intervalNanos && exact.restartFrom(current)) {
            LOG.debug("The exact search starts again from a roadmap of the OptaPlanner searches: {}",
                    current.getScore());
        }
    }

    /** Ends the solve once the best roadmap meets the exact search's bound. */
    private void endIfProven() {
        RoadmapSolution current = bestSoFar();
        if (provenAt == null && exact.proves(current)) {
            provenAt = Instant.now();
            // As a termination request, so that a search which starts only now is stopped too.
            terminationRequested.set(true);
            stopSearches();
            exact.stop();
        }
    }

    private Optimality optimalityOf(RoadmapSolution solution) {
        if (exact == null) {
            return withoutExact;
        }
        return solution == null ? Optimality.unknown(NO_ROADMAP_YET) : exact.optimalityOf(solution, provenAt);
    }

    /** Keeps the solution when it beats every search's best so far: what is published while the searches run. */
    private void offer(RoadmapSolution solution) {
        boolean better;
        synchronized (this) {
            better = isScored(solution) && (best == null || solution.getScore().compareTo(best.getScore()) > 0);
            if (better) {
                best = solution;
            }
        }
        if (better && exact != null) {
            endIfProven();
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

    /** Publishes the best roadmap when it or what is proven about it changed since the last publication. */
    private void publishIfBetter() {
        RoadmapSolution current = bestSoFar();
        if (current == null) {
            return;
        }
        Optimality optimality = optimalityOf(current);
        if (current != published || !sameProof(optimality, publishedOptimality)) {
            published = current;
            publishedOptimality = optimality;
            onBestRoadmap.accept(assembler.assemble(plan, current).withOptimality(optimality));
        }
    }

    private static boolean sameProof(Optimality one, Optimality other) {
        return other != null && one.status() == other.status() && Objects.equals(one.bound(), other.bound());
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
