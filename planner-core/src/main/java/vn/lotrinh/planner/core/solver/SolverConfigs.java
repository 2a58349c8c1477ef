package vn.lotrinh.planner.core.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The solver configuration: greedy construction, then late-acceptance local search over five kinds of moves. */
public final class SolverConfigs {

    private static final int LATE_ACCEPTANCE_SIZE = 400;

    private SolverConfigs() {
    }

    /** Everything but termination and threads: the domain, the constraints on Bavet, and the phases. */
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
                                        new ChangeMoveSelectorConfig(),
                                        new SwapMoveSelectorConfig(),
                                        new MoveIteratorFactoryConfig()
                                                .withMoveIteratorFactoryClass(CascadingMoveFactory.class),
                                        new MoveIteratorFactoryConfig()
                                                .withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class),
                                        new MoveIteratorFactoryConfig()
                                                .withMoveIteratorFactoryClass(ActivityListMoveFactory.class)))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    /**
     * The configuration of one search of a solve: its limits and its random seed. The limits bound the local search
     * only, so that the construction always completes: even the shortest solve returns a roadmap that keeps every
     * rule it can.
     */
    public static SolverConfig forOptions(SolveOptions options, long randomSeed) {
        SolverConfig config = base().withRandomSeed(randomSeed);
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        localSearch.setTerminationConfig(new TerminationConfig()
                .withSpentLimit(options.timeLimit())
                .withUnimprovedSpentLimit(options.unimprovedTimeLimit()));
        return config;
    }
}
