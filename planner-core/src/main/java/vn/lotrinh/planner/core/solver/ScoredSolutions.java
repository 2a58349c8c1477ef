package vn.lotrinh.planner.core.solver;

import java.util.HashMap;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.Placement;
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

    /** The roadmap {@link GreedyConstruction} builds for the problem, as placement by component index. */
    Map<Integer, Placement> constructed(RoadmapProblem problem) {
        try (InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector =
                scoreDirectorFactory.buildScoreDirector(false, false)) {
            scoreDirector.setWorkingSolution(new RoadmapSolution(problem));
            new GreedyConstruction().changeWorkingSolution(scoreDirector);
            return placementsOf(scoreDirector.getWorkingSolution());
        }
    }

    /**
     * The problem's solution with these placements (by component index; absent ones deferred), scored and
     * constructed.
     */
    RoadmapSolution withPlacements(RoadmapProblem problem, Map<Integer, Placement> placementsByIndex) {
        RoadmapSolution solution = new RoadmapSolution(problem);
        for (ComponentAssignment assignment : solution.getAssignments()) {
            Placement placement = placementsByIndex.get(assignment.getIndex());
            if (!assignment.isPinned()) {
                assignment.setStart(placement == null ? null : placement.start());
            }
            if (placement != null) {
                assignment.setFundingOption(placement.fundingOption());
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

    /** Placement by component index of the components the solution schedules. */
    static Map<Integer, Placement> placementsOf(RoadmapSolution solution) {
        Map<Integer, Placement> placements = new HashMap<>();
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.isScheduled()) {
                placements.put(assignment.getIndex(),
                        new Placement(assignment.getStart(), assignment.getFundingOption()));
            }
        }
        return placements;
    }
}
