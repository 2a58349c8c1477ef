package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Optimality;
import vn.lotrinh.planner.core.roadmap.Roadmap;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.exact.ExactSearch;
import vn.lotrinh.planner.core.solver.explain.Explanation;
import vn.lotrinh.planner.core.solver.explain.RoadmapAssembler;
import vn.lotrinh.planner.core.solver.explain.RoadmapExplainer;
import vn.lotrinh.planner.core.solver.explain.ScoredCopies;

/**
 * Finds roadmaps for plans: the entry point of the solver. Thread-safe; one instance serves any number of
 * concurrent solves, each with its own {@link SolveOptions}. A solve runs the OptaPlanner searches, and beside them
 * the exact search when the options' engine asks for it and the plan's model fits (see {@link SolveRun}).
 */
public final class RoadmapSolver {

    static final Text HEURISTIC_ONLY = Text.of("the exact search was not asked for (engine HEURISTIC)",
            "không yêu cầu tìm kiếm chính xác (engine HEURISTIC)");
    static final Text REPLAN = Text.of("re-plans are solved by the heuristic alone: no bound covers the cost of change",
            "việc lập lại kế hoạch chỉ được giải bằng heuristic: không có cận nào tính đến chi phí thay đổi");

    private final RoadmapAssembler assembler;
    private final RoadmapExplainer explainer;
    private final ScoredSolutions scoredSolutions;

    public RoadmapSolver() {
        DefaultSolverFactory<RoadmapSolution> analysisFactory = new DefaultSolverFactory<>(SolverConfigs.base());
        ScoredCopies copies = new ScoredCopies(analysisFactory.<HardMediumSoftLongScore>getScoreDirectorFactory());
        this.assembler = new RoadmapAssembler(copies);
        this.explainer = new RoadmapExplainer(copies);
        this.scoredSolutions = new ScoredSolutions(analysisFactory.<HardMediumSoftLongScore>getScoreDirectorFactory());
    }

    /**
     * Prepares a solve of the plan. {@code onBestRoadmap} (may be null) is called on the solving thread with each
     * better roadmap, at most every {@link SolveRun#IMPROVEMENT_INTERVAL}.
     */
    public SolveRun prepare(Plan plan, SolveOptions options, Consumer<Roadmap> onBestRoadmap) {
        return prepare(plan, RoadmapProblemFactory.create(plan, options.objective()), options, onBestRoadmap);
    }

    /**
     * Prepares a solve of the plan that starts from a roadmap: {@code startingStarts} gives the start of each
     * component it schedules by id. Every start of it that still fits the plan is kept by the construction, so the
     * solve returns a roadmap at least as good as the starting one wherever that one still fits.
     */
    public SolveRun prepareFrom(Plan plan, Map<String, Integer> startingStarts, SolveOptions options,
            Consumer<Roadmap> onBestRoadmap) {
        return prepare(plan, RoadmapProblemFactory.create(plan, options.objective(), startingStarts), options,
                onBestRoadmap);
    }

    /**
     * Prepares a re-plan from a baseline roadmap: what the baseline starts before its {@code asOf} is pinned there, the
     * rest starts from the baseline and moves only where a change is worth its cost (see {@link Baseline}); the
     * roadmap lists every change from the baseline and why.
     */
    public SolveRun prepareReplan(Plan plan, Baseline baseline, SolveOptions options,
            Consumer<Roadmap> onBestRoadmap) {
        Map<String, Integer> fixed = new HashMap<>(baseline.fixed());
        plan.components().stream().filter(Component::isPinned).forEach(component -> fixed.remove(component.id()));
        Plan pinned = plan.withPins(fixed);
        return prepare(plan, RoadmapProblemFactory.replan(pinned, options.objective(), baseline), options,
                onBestRoadmap);
    }

    /** Re-plans from a baseline (see {@link #prepareReplan}). */
    public Roadmap replan(Plan plan, Baseline baseline, SolveOptions options) {
        return prepareReplan(plan, baseline, options, null).solve();
    }

    private SolveRun prepare(Plan plan, RoadmapProblem problem, SolveOptions options, Consumer<Roadmap> onBestRoadmap) {
        Optimality withoutExact = withoutExact(problem, options);
        if (withoutExact != null) {
            SolveOptions heuristic = options.engine() == Engine.HEURISTIC ? options : options.withEngine(Engine.AUTO);
            return new SolveRun(plan, searches(problem, heuristic), assembler, onBestRoadmap, withoutExact);
        }
        ExactRun exact = new ExactRun(problem, options.exact(), scoredSolutions,
                RoadmapProblemFactory.valueScaleOf(plan));
        // Under EXACT the one OptaPlanner search only constructs: the exact search has the cores.
        SolveOptions searchOptions = options.engine() == Engine.EXACT ? options.withSearchThreads(1) : options;
        return new SolveRun(plan, searches(problem, searchOptions), assembler, onBestRoadmap, exact,
                options.timeLimit());
    }

    /** Why the exact search does not run on the problem, as its roadmaps will say; {@code null} when it runs. */
    private static Optimality withoutExact(RoadmapProblem problem, SolveOptions options) {
        if (options.engine() == Engine.HEURISTIC) {
            return Optimality.unknown(HEURISTIC_ONLY);
        }
        if (problem.replan()) {
            return Optimality.unknown(REPLAN);
        }
        long size = ExactSearch.modelSize(problem);
        if (size > options.exact().maxModelSize()) {
            return Optimality.unknown(Text.format("the plan is too big for the exact search: its model would have "
                    + "{0} choices, above the limit of {1}; the heuristic alone searched it",
                    "kế hoạch quá lớn cho tìm kiếm chính xác: mô hình sẽ có {0} lựa chọn, vượt giới hạn {1}; chỉ "
                    + "heuristic tìm kiếm trên kế hoạch này", size, options.exact().maxModelSize()));
        }
        return null;
    }

    private static List<SolveRun.Search> searches(RoadmapProblem problem, SolveOptions options) {
        List<SolveRun.Search> searches = new ArrayList<>();
        for (int i = 0; i < options.searchThreads(); i++) {
            // Each search works on a solution of its own: a solver writes the score into the solution it is given.
            RoadmapSolution solution = new RoadmapSolution(problem);
            Solver<RoadmapSolution> solver =
                    SolverFactory.<RoadmapSolution>create(SolverConfigs.forProblem(solution, options, i))
                            .buildSolver();
            searches.add(new SolveRun.Search(solver, solution));
        }
        return searches;
    }

    /** Solves the plan and returns the best roadmap found within the options' limits. */
    public Roadmap solve(Plan plan, SolveOptions options) {
        return prepare(plan, options, null).solve();
    }

    /**
     * Explains a roadmap of the plan (see {@link RoadmapExplainer}): why each component is where it is, and the
     * cheapest verified fix of each deferred one.
     *
     * @throws IllegalArgumentException when the roadmap names a component the plan does not have
     */
    public Explanation explain(Plan plan, Roadmap roadmap) {
        RoadmapSolution solution = RoadmapProblemFactory.solution(plan, roadmap.objective());
        roadmap.starts().forEach((id, start) -> {
            int index = plan.indexOf(id);
            if (index < 0) {
                throw new IllegalArgumentException("the roadmap names " + id + ", which the plan does not have");
            }
            solution.assignment(index).setStart(start);
        });
        roadmap.fundingChoices()
                .forEach((id, option) -> solution.assignment(plan.indexOf(id)).setFundingOption(option));
        return explainer.explain(plan, solution);
    }

    /** Solves the plan from a starting roadmap (see {@link #prepareFrom}). */
    public Roadmap solveFrom(Plan plan, Map<String, Integer> startingStarts, SolveOptions options) {
        return prepareFrom(plan, startingStarts, options, null).solve();
    }
}
