package vn.lotrinh.planner.core.solver;

import java.util.HashMap;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.search.GreedyConstruction;

/**
 * Planning solutions built outside an OptaPlanner solve and scored by the same constraints: the construction's
 * roadmap, which the exact search starts from, and the exact search's roadmaps, so that they compete with the
 * OptaPlanner searches' on one score. Thread-safe: every call works on a score director of its own.
 */
final class ScoredSolutions {

    private final InnerScoreDirectorFactory<RoadmapSolution, HardMediumSoftLongScore> scoreDirectorFactory;

    ScoredSolutions(InnerScoreDirectorFactory<RoadmapSolution, HardMediumSoftLongScore> scoreDirectorFactory) {
        this.scoreDirectorFactory = scoreDirectorFactory;
    }

    /** The roadmap {@link GreedyConstruction} builds for the problem, as start by component index. */
    Map<Integer, Integer> constructed(RoadmapProblem problem) {
        try (InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector =
                scoreDirectorFactory.buildScoreDirector(false, false)) {
            scoreDirector.setWorkingSolution(new RoadmapSolution(problem));
            new GreedyConstruction().changeWorkingSolution(scoreDirector);
            return startsOf(scoreDirector.getWorkingSolution());
        }
    }

    /** The problem's solution with these starts (by component index; absent ones deferred), scored and constructed. */
    RoadmapSolution withStarts(RoadmapProblem problem, Map<Integer, Integer> startsByIndex) {
        RoadmapSolution solution = new RoadmapSolution(problem);
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (!assignment.isPinned()) {
                assignment.setStart(startsByIndex.get(assignment.getIndex()));
            }
        }
        solution.markConstructed();
        try (InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector =
                scoreDirectorFactory.buildScoreDirector(false, false)) {
            scoreDirector.setWorkingSolution(solution);
            solution.setScore(scoreDirector.calculateScore());
        }
        return solution;
    }

    /** Start by component index of the components the solution schedules. */
    static Map<Integer, Integer> startsOf(RoadmapSolution solution) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.isScheduled()) {
                starts.put(assignment.getIndex(), assignment.getStart());
            }
        }
        return starts;
    }
}
