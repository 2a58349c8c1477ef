package vn.lotrinh.planner.core.solver.explain;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Opens score directors on copies of solutions, so that reading a roadmap back, trying other starts and fixes, never
 * touches the solution it was given (a solver's best solution is shared with the solver's own threads).
 */
public final class ScoredCopies {

    private final InnerScoreDirectorFactory<RoadmapSolution, HardMediumSoftLongScore> factory;

    public ScoredCopies(InnerScoreDirectorFactory<RoadmapSolution, HardMediumSoftLongScore> factory) {
        this.factory = factory;
    }

    /** A score director working on a copy of the solution, its score calculated; the caller closes it. */
    InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> open(RoadmapSolution solution) {
        InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector =
                factory.buildScoreDirector(false, true);
        scoreDirector.setWorkingSolution(scoreDirector.cloneSolution(solution));
        scoreDirector.calculateScore();
        return scoreDirector;
    }
}
