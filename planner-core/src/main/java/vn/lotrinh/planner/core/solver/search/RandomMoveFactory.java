package vn.lotrinh.planner.core.solver.search;

import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * A neighbourhood whose moves are built at random from the working solution, one at a time, over the components that
 * may move (not pinned, with at least one allowed start). Subclasses say how to build one move, and up to how many
 * components the neighbourhood is worth its cost.
 */
public abstract class RandomMoveFactory implements MoveIteratorFactory<RoadmapSolution, MultiStartChangeMove> {

    private final int maxComponents;

    RandomMoveFactory(int maxComponents) {
        this.maxComponents = maxComponents;
    }

    /** Builds one move against the working solution as it is now. */
    abstract MultiStartChangeMove next(RoadmapSolution solution, List<ComponentAssignment> movable, Random random);

    @Override
    public long getSize(ScoreDirector<RoadmapSolution> scoreDirector) {
        long components = scoreDirector.getWorkingSolution().getAssignments().size();
        return components * components;
    }

    @Override
    public Iterator<MultiStartChangeMove> createOriginalMoveIterator(ScoreDirector<RoadmapSolution> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " moves are only selected at random.");
    }

    @Override
    public Iterator<MultiStartChangeMove> createRandomMoveIterator(ScoreDirector<RoadmapSolution> scoreDirector,
            Random random) {
        RoadmapSolution solution = scoreDirector.getWorkingSolution();
        List<ComponentAssignment> movable = solution.getAssignments().stream()
                .filter(a -> !a.isPinned() && a.getFacts().timing().hasAnyStart())
                .toList();
        boolean enabled = movable.size() >= 2 && solution.getAssignments().size() <= maxComponents;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return enabled;
            }

            @Override
            public MultiStartChangeMove next() {
                return RandomMoveFactory.this.next(solution, movable, random);
            }
        };
    }
}
