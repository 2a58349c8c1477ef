package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.explain.RoadmapAssembler;

/**
 * Finds roadmaps for plans: the entry point of the solver. Thread-safe; one instance serves any number of
 * concurrent solves, each with its own {@link SolveOptions}.
 */
public final class RoadmapSolver {

    private final RoadmapAssembler assembler;

    public RoadmapSolver() {
        DefaultSolverFactory<RoadmapSolution> analysisFactory = new DefaultSolverFactory<>(SolverConfigs.base());
        this.assembler = new RoadmapAssembler(analysisFactory.<HardMediumSoftLongScore>getScoreDirectorFactory());
    }

    /**
     * Prepares a solve of the plan. {@code onBestRoadmap} (may be null) is called on the solving thread with each
     * better roadmap, at most every {@link SolveRun#IMPROVEMENT_INTERVAL}.
     */
    public SolveRun prepare(Plan plan, SolveOptions options, Consumer<Roadmap> onBestRoadmap) {
        RoadmapProblem problem = RoadmapProblemFactory.create(plan, options.objective());
        List<SolveRun.Search> searches = new ArrayList<>();
        for (int i = 0; i < options.searchThreads(); i++) {
            // Each search works on a solution of its own: a solver writes the score into the solution it is given.
            RoadmapSolution solution = new RoadmapSolution(problem);
            Solver<RoadmapSolution> solver =
                    SolverFactory.<RoadmapSolution>create(SolverConfigs.forProblem(solution, options, i))
                            .buildSolver();
            searches.add(new SolveRun.Search(solver, solution));
        }
        return new SolveRun(plan, searches, assembler, onBestRoadmap);
    }

    /** Solves the plan and returns the best roadmap found within the options' limits. */
    public Roadmap solve(Plan plan, SolveOptions options) {
        return prepare(plan, options, null).solve();
    }
}
