package vn.lotrinh.planner.core.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.SolveOptions;
import vn.lotrinh.planner.core.solver.SolverConfigs;

/**
 * A local-search configuration under comparison: the production solver ({@link SolverConfigs#forProblem}: the greedy
 * construction, then local search over the same five neighbourhoods, weighted for the problem's objective) with only
 * the local search's acceptor and forager replaced. The acceptor may depend on the problem (simulated annealing's
 * temperature is in score units).
 *
 * @param name as the report prints it
 * @param rationale why it is in the comparison, for the report
 * @param acceptor the acceptor for a problem
 * @param forager the forager, the same for every problem
 */
record LocalSearchConfiguration(String name, String rationale,
        Function<RoadmapSolution, LocalSearchAcceptorConfig> acceptor, LocalSearchForagerConfig forager) {

    /** OptaPlanner's default ratio for {@code GREAT_DELUGE}: the water rises by this share of the start per step. */
    static final double GREAT_DELUGE_INCREMENT_RATIO = 5e-8;
    /** OptaPlanner's {@code TABU_SEARCH} preset: a tenth of the entities tabu, the best of 1,000 accepted moves. */
    static final double ENTITY_TABU_RATIO = 0.1;
    static final int TABU_ACCEPTED_COUNT_LIMIT = 1000;

    /**
     * The production configuration, read from {@link SolverConfigs} so that it cannot drift from it:
     * simulated annealing from a temperature set by the objective's unit for a typical component
     * ({@link SolverConfigs#softTemperature}), that of a solve's first search: every configuration here runs as one
     * search.
     */
    static LocalSearchConfiguration production() {
        return new LocalSearchConfiguration("Simulated annealing (production)",
                "the solver as it ships (`SolverConfigs.forProblem`): the starting temperature follows the "
                        + "objective's unit for a typical component, per problem (see the per-problem table), since "
                        + "OptaPlanner's advice is the size of a move's score change and these problems' scores differ "
                        + "by two orders of magnitude; the first search's temperature (under MAX_VALUE a production "
                        + "solve's second search anneals from five times as hot)",
                problem -> SolverConfigs.acceptor(problem, 0), productionForager());
    }

    /** The six configurations compared, production first. */
    static List<LocalSearchConfiguration> all() {
        return List.of(
                production(),
                lateAcceptance(400, "the acceptor before this comparison (OptaPlanner's default size)"),
                lateAcceptance(50, "a shorter memory: climbs faster, escapes less"),
                lateAcceptance(2_000, "a longer memory: wanders more before it must improve"),
                new LocalSearchConfiguration("Tabu search",
                        "OptaPlanner's `TABU_SEARCH` preset: a tenth of the components tabu, best of 1,000 moves",
                        problem -> new LocalSearchAcceptorConfig().withEntityTabuRatio(ENTITY_TABU_RATIO),
                        acceptedCountLimit(TABU_ACCEPTED_COUNT_LIMIT)),
                new LocalSearchConfiguration("Great deluge",
                        "OptaPlanner's `GREAT_DELUGE` preset: the water level rises relative to the starting score, "
                                + "so one setting fits every score scale",
                        problem -> greatDeluge(GREAT_DELUGE_INCREMENT_RATIO), acceptedCountLimit(1)));
    }

    private static LocalSearchConfiguration lateAcceptance(int size, String rationale) {
        return new LocalSearchConfiguration("Late acceptance " + size, rationale,
                problem -> new LocalSearchAcceptorConfig().withLateAcceptanceSize(size), acceptedCountLimit(1));
    }

    private static LocalSearchAcceptorConfig greatDeluge(double waterLevelIncrementRatio) {
        LocalSearchAcceptorConfig config = new LocalSearchAcceptorConfig();
        config.setGreatDelugeWaterLevelIncrementRatio(waterLevelIncrementRatio);
        return config;
    }

    private static LocalSearchForagerConfig acceptedCountLimit(int limit) {
        return new LocalSearchForagerConfig().withAcceptedCountLimit(limit);
    }

    private static LocalSearchForagerConfig productionForager() {
        return localSearch(SolverConfigs.base()).getForagerConfig();
    }

    /** Limits for building a production configuration whose acceptor and moves are read, not its limits. */
    private static SolveOptions anyLimits(RoadmapSolution problem) {
        return SolveOptions.of(problem.getObjective(), Duration.ofSeconds(1));
    }

    /**
     * Whether the solver differs between problems (the acceptor's temperature, or the move weights of the objective),
     * so that the benchmarker needs one solver per problem.
     */
    boolean dependsOnProblem(List<RoadmapSolution> problems) {
        return problems.stream().map(problem -> describe(problem) + " " + problem.getObjective()).distinct().count() > 1;
    }

    /** The solver of this configuration for a problem: local search for {@code localSearchLimit}, one thread. */
    SolverConfig solverConfig(RoadmapSolution problem, Duration localSearchLimit) {
        SolverConfig config = SolverConfigs.forProblem(problem, anyLimits(problem), 0).withRandomSeed(null);
        LocalSearchPhaseConfig localSearch = localSearch(config);
        localSearch.setAcceptorConfig(acceptor.apply(problem).copyConfig());
        localSearch.setForagerConfig(forager.copyConfig());
        localSearch.setTerminationConfig(new TerminationConfig().withSpentLimit(localSearchLimit));
        return config;
    }

    /** The acceptor and forager in words, for a problem. */
    String describe(RoadmapSolution problem) {
        LocalSearchAcceptorConfig a = acceptor.apply(problem);
        String acceptorText;
        if (a.getLateAcceptanceSize() != null) {
            acceptorText = "late acceptance size " + a.getLateAcceptanceSize();
        } else if (a.getSimulatedAnnealingStartingTemperature() != null) {
            acceptorText = "simulated annealing from " + a.getSimulatedAnnealingStartingTemperature();
        } else if (a.getEntityTabuRatio() != null) {
            acceptorText = "entity tabu ratio " + a.getEntityTabuRatio();
        } else if (a.getGreatDelugeWaterLevelIncrementRatio() != null) {
            acceptorText = String.format(Locale.ROOT, "great deluge, water level increment ratio %.0e",
                    a.getGreatDelugeWaterLevelIncrementRatio());
        } else {
            throw new IllegalStateException("no description for the acceptor of " + name);
        }
        return acceptorText + ", accepted count limit " + forager.getAcceptedCountLimit();
    }

    private static LocalSearchPhaseConfig localSearch(SolverConfig config) {
        return SolverConfigs.localSearch(config);
    }
}
