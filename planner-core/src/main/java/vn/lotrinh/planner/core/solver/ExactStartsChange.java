package vn.lotrinh.planner.core.solver;

import java.util.Objects;
import java.util.function.Supplier;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/**
 * Hands the exact search's best roadmap to an OptaPlanner search: every start and funding option set to it, when it
 * scores higher than the search's best at the moment the change is applied (a change replaces the search's best
 * solution, so it must never bring a worse one). It reads the exact roadmap when applied, so that one pending change carries the latest.
 */
final class ExactStartsChange implements ProblemChange<RoadmapSolution> {

    private final Supplier<RoadmapSolution> exactBest;
    private final Runnable onApplied;

    /**
     * @param exactBest the exact search's best roadmap, scored
     * @param onApplied called as the change is applied, before it reads the roadmap
     */
    ExactStartsChange(Supplier<RoadmapSolution> exactBest, Runnable onApplied) {
        this.exactBest = exactBest;
        this.onApplied = onApplied;
    }

    @Override
    public void doChange(RoadmapSolution working, ProblemChangeDirector director) {
        onApplied.run();
        RoadmapSolution exact = exactBest.get();
        if (exact == null || working.getScore() != null && working.getScore().isSolutionInitialized()
                && exact.getScore().compareTo(working.getScore()) <= 0) {
            return;
        }
        for (ComponentAssignment assignment : working.getAssignments()) {
            ComponentAssignment chosen = exact.assignment(assignment.getIndex());
            Integer start = chosen.getStart();
            if (!assignment.isPinned() && !Objects.equals(start, assignment.getStart())) {
                director.changeVariable(assignment, "start", changed -> changed.setStart(start));
            }
            Integer option = chosen.getFundingOption();
            if (!Objects.equals(option, assignment.getFundingOption())) {
                director.changeVariable(assignment, "fundingOption", changed -> changed.setFundingOption(option));
            }
        }
        working.markConstructed();
    }
}
