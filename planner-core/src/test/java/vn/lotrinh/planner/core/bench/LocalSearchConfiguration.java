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
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.ComponentAssignment;
import vn.lotrinh.planner.core.solver.RoadmapSolution;
import vn.lotrinh.planner.core.solver.SolverConfigs;

/**
 * A local-search configuration under comparison: the production solver ({@link SolverConfigs#base()}: the greedy
 * construction, then local search over the same five neighbourhoods) with only the local search's acceptor and forager
 * replaced. The acceptor may depend on the problem (simulated annealing's temperature is in score units).
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

    /** The production configuration, read from {@link SolverConfigs#base()} so that it cannot drift from it. */
    static LocalSearchConfiguration production() {
        LocalSearchPhaseConfig production = localSearch(SolverConfigs.base());
        return new LocalSearchConfiguration(
                "Late acceptance " + production.getAcceptorConfig().getLateAcceptanceSize() + " (production)",
                "the solver as it ships (`SolverConfigs.base()`)",
                problem -> production.getAcceptorConfig(), production.getForagerConfig());
    }

    /** The six configurations compared, production first. */
    static List<LocalSearchConfiguration> all() {
        return List.of(
                production(),
                lateAcceptance(50, "a shorter memory: climbs faster, escapes less"),
                lateAcceptance(2_000, "a longer memory: wanders more before it must improve"),
                new LocalSearchConfiguration("Simulated annealing",
                        "the starting temperature is one objective unit of a typical component, per problem "
                                + "(see the per-problem table): OptaPlanner's advice is the size of a move's score "
                                + "change, and these problems' scores differ by two orders of magnitude",
                        problem -> new LocalSearchAcceptorConfig()
                                .withSimulatedAnnealingStartingTemperature(startingTemperature(problem)),
                        acceptedCountLimit(1)),
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

    /**
     * Simulated annealing's starting temperature for a problem: zero on the hard and medium levels (a move that breaks
     * a rule or defers a {@code MUST} component is never taken), and on the soft level the score of one unit of the
     * objective for a typical component: one period of makespan under {@code MIN_MAKESPAN}, the median component's
     * value under {@code MAX_VALUE}, and its value for one period under {@code VALUE_OVER_TIME}. A move that costs that
     * much is first taken with probability 1/e; the temperature falls linearly to zero over the time limit.
     */
    static String startingTemperature(RoadmapSolution problem) {
        return "0hard/0medium/" + softTemperature(problem) + "soft";
    }

    static long softTemperature(RoadmapSolution problem) {
        if (problem.getObjective() == Objective.MIN_MAKESPAN) {
            return problem.getConstraintConfiguration().getMakespan().softScore();
        }
        long[] values = problem.getAssignments().stream().mapToLong(ComponentAssignment::getScaledValue).sorted()
                .toArray();
        return values.length == 0 ? 1 : Math.max(1, values[values.length / 2]);
    }

    /** Whether the acceptor differs between problems, so that the benchmarker needs one solver per problem. */
    boolean dependsOnProblem(List<RoadmapSolution> problems) {
        return problems.stream().map(this::describe).distinct().count() > 1;
    }

    /** The solver of this configuration for a problem: local search for {@code localSearchLimit}, one thread. */
    SolverConfig solverConfig(RoadmapSolution problem, Duration localSearchLimit) {
        SolverConfig config = SolverConfigs.base();
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
        return (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
    }
}
