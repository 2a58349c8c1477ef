package vn.lotrinh.planner.core.solver.search;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/** Selects the components whose funding the solver chooses: the only ones a change of funding option can move. */
public final class FundingChoiceFilter implements SelectionFilter<RoadmapSolution, ComponentAssignment> {

    @Override
    public boolean accept(ScoreDirector<RoadmapSolution> scoreDirector, ComponentAssignment assignment) {
        return assignment.getFacts().hasFundingChoice();
    }
}
