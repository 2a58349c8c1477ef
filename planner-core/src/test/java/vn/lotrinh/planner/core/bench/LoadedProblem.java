package vn.lotrinh.planner.core.bench;

import java.io.File;
import java.nio.file.Path;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.solver.RoadmapProblemFactory;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * A comparison problem read once for the comparison itself: its plan for the checker, its planning problem for the
 * problem-dependent acceptors, and the problem file the benchmarker reads.
 */
record LoadedProblem(ComparisonProblem problem, Plan plan, RoadmapSolution solution, File file) {

    /** Reads or generates the problem's plan and writes its problem file into {@code problemDirectory}. */
    static LoadedProblem load(ComparisonProblem problem, Path problemDirectory) {
        Plan plan = problem.plan();
        return new LoadedProblem(problem, plan, RoadmapProblemFactory.solution(plan, problem.objective()),
                ComparisonProblemFileIO.writeProblemFile(problemDirectory, problem));
    }
}
