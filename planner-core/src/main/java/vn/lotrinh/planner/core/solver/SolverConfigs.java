package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.score.RoadmapConstraintProvider;
import vn.lotrinh.planner.core.solver.search.ActivityListMoveFactory;
import vn.lotrinh.planner.core.solver.search.CascadingMoveFactory;
import vn.lotrinh.planner.core.solver.search.FundingChoiceFilter;
import vn.lotrinh.planner.core.solver.search.GreedyConstruction;
import vn.lotrinh.planner.core.solver.search.InsertAndRepairMoveFactory;
import vn.lotrinh.planner.core.solver.search.RandomMoveFactory;
import vn.lotrinh.planner.core.solver.search.RuinAndRecreateMoveFactory;

/**
 * The solver configuration: greedy construction, then simulated annealing over six kinds of moves (seven when the
 * solver chooses some component's funding: a change of funding option). The comparison
 * of acceptors behind this choice is in {@code docs/benchmarks.md} ("Local-search configurations").
 */
public final class SolverConfigs {

    /**
     * Under {@code MIN_MAKESPAN} the activity-list move is drawn this many times as often as each other move: it is
     * the one that shortens a schedule, and single changes there mostly break a dependency or a capacity.
     */
    public static final double ACTIVITY_LIST_WEIGHT_FOR_MAKESPAN = 8;
    private static final long COLD_MAX_VALUE_TEMPERATURE_DIVISOR = 5;

    private SolverConfigs() {
    }

    /**
     * Everything a solve shares whatever the problem: the domain, the constraints on Bavet, and the phases (the local
     * search without its acceptor). Enough to build score directors.
     */
    public static SolverConfig base() {
        return new SolverConfig()
                .withSolutionClass(RoadmapSolution.class)
                .withEntityClasses(ComponentAssignment.class)
                .withConstraintProviderClass(RoadmapConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class)),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                        new ChangeMoveSelectorConfig()
                                                .withValueSelectorConfig(new ValueSelectorConfig("start")),
                                        new SwapMoveSelectorConfig().withVariableNameIncludes("start"),
                                        moves(CascadingMoveFactory.class),
                                        moves(RuinAndRecreateMoveFactory.class),
                                        moves(InsertAndRepairMoveFactory.class),
                                        moves(ActivityListMoveFactory.class)))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    private static MoveIteratorFactoryConfig moves(Class<? extends RandomMoveFactory> factory) {
        return new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(factory);
    }

    /**
     * The configuration of one search of a solve of {@code problem}: simulated annealing at the problem's temperature
     * for this search, the moves weighted for its objective, its limits, and the search number as its random seed.
     * The limits bound the local search only, so that the construction always completes: even the shortest solve
     * returns a roadmap that keeps every rule it can. Under {@code MAX_VALUE} the searches of a solve split the work:
     * even ones anneal cold and converge on tight budgets; odd ones anneal hot and trade, their insert-and-repair
     * moves deferring what is in the way when re-timing does not make room.
     *
     * @param search which of the solve's searches, from 0
     */
    public static SolverConfig forProblem(RoadmapSolution problem, SolveOptions options, int search) {
        SolverConfig config = base().withRandomSeed((long) search);
        LocalSearchPhaseConfig localSearch = localSearch(config);
        localSearch.setAcceptorConfig(acceptor(problem, search));
        if (problem.getObjective() == Objective.MAX_VALUE && isHot(search)) {
            factoryConfig(localSearch, InsertAndRepairMoveFactory.class)
                    .setMoveIteratorFactoryCustomProperties(Map.of("evicting", "true"));
        }
        if (problem.getAssignments().stream().anyMatch(a -> a.getFacts().hasFundingChoice())) {
            UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig();
            List<MoveSelectorConfig> withFunding = new ArrayList<>(union.getMoveSelectorList());
            withFunding.add(new ChangeMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig().withFilterClass(FundingChoiceFilter.class))
                    .withValueSelectorConfig(new ValueSelectorConfig("fundingOption")));
            union.setMoveSelectorList(withFunding);
        }
        if (problem.getObjective() == Objective.MIN_MAKESPAN) {
            for (MoveSelectorConfig<?> moves : ((UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig())
                    .getMoveSelectorList()) {
                boolean activityList = moves instanceof MoveIteratorFactoryConfig factory
                        && factory.getMoveIteratorFactoryClass() == ActivityListMoveFactory.class;
                moves.setFixedProbabilityWeight(activityList ? ACTIVITY_LIST_WEIGHT_FOR_MAKESPAN : 1.0);
            }
        }
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(options.timeLimit())
                .withUnimprovedSpentLimit(options.unimprovedTimeLimit());
        if (options.scoreCalculationLimit() != null) {
            termination.setScoreCalculationCountLimit(options.scoreCalculationLimit());
        }
        if (options.engine() == Engine.EXACT) {
            termination.setStepCountLimit(0); // the construction only: the exact search takes it from there
        }
        localSearch.setTerminationConfig(termination);
        return config;
    }

    /** The local search phase of a configuration built by this class. */
    public static LocalSearchPhaseConfig localSearch(SolverConfig config) {
        return (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
    }

    /**
     * Simulated annealing that never takes a move breaking a rule or deferring a {@code MUST} component (zero
     * temperature on the hard and medium levels) and starts on the soft level at {@link #softTemperature} of the
     * search.
     */
    public static LocalSearchAcceptorConfig acceptor(RoadmapSolution problem, int search) {
        return new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(
                "0hard/0medium/" + softTemperature(problem, search) + "soft");
    }

    /**
     * The starting temperature on the soft level, from the objective's unit for a typical component: one period of
     * makespan under {@code MIN_MAKESPAN}; the median component's value for one period under
     * {@code VALUE_OVER_TIME}. Under {@code MAX_VALUE} the searches differ: the first (and every even one) starts
     * at a fifth of the median component's value, where dropping a typical component for nothing is first taken
     * with probability e<sup>−5</sup>, and converges on tight budgets; the second (and every odd one) starts at the
     * median value, with probability 1/e, and gives up value long enough to reach a set of components that fits
     * only with many others re-timed. OptaPlanner lowers the temperature linearly to zero over the time limit.
     * Scores of different plans differ by orders of magnitude, so one fixed temperature cannot fit them all; the
     * factors were chosen with the benchmarks in {@code docs/benchmarks.md}.
     */
    public static long softTemperature(RoadmapSolution problem, int search) {
        return switch (problem.getObjective()) {
            case MIN_MAKESPAN -> problem.getConstraintConfiguration().getMakespan().softScore();
            case VALUE_OVER_TIME -> medianScaledValue(problem);
            case MAX_VALUE -> isHot(search)
                    ? medianScaledValue(problem)
                    : Math.max(1, medianScaledValue(problem) / COLD_MAX_VALUE_TEMPERATURE_DIVISOR);
        };
    }

    /** Under {@code MAX_VALUE}, every second search of a solve is the hot one that trades (see {@link #forProblem}). */
    private static boolean isHot(int search) {
        return search % 2 == 1;
    }

    private static MoveIteratorFactoryConfig factoryConfig(LocalSearchPhaseConfig localSearch,
            Class<? extends RandomMoveFactory> factory) {
        return ((UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig()).getMoveSelectorList().stream()
                .filter(moves -> moves instanceof MoveIteratorFactoryConfig config
                        && config.getMoveIteratorFactoryClass() == factory)
                .map(MoveIteratorFactoryConfig.class::cast)
                .findFirst().orElseThrow();
    }

    private static long medianScaledValue(RoadmapSolution problem) {
        long[] values = problem.getAssignments().stream().mapToLong(a -> a.getFacts().scaledValue()).sorted()
                .toArray();
        return values.length == 0 ? 1 : Math.max(1, values[values.length / 2]);
    }
}
