package vn.lotrinh.planner.core.solver.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

/** Changes the start of several components at once, e.g. a component together with the successors it pushes. */
public final class MultiStartChangeMove extends AbstractMove<RoadmapSolution> {

    /** A move that changes nothing: what a neighbourhood offers when it found nothing to do. */
    static final MultiStartChangeMove NONE = new MultiStartChangeMove(List.of(), List.of());

    private final List<ComponentAssignment> assignments;
    private final List<Integer> newStarts;

    public MultiStartChangeMove(List<ComponentAssignment> assignments, List<Integer> newStarts) {
        this.assignments = List.copyOf(assignments);
        this.newStarts = new ArrayList<>(newStarts);
    }

    /** A move to the starts of {@code changes}, in its iteration order; a {@code null} start defers. */
    public static MultiStartChangeMove of(Map<ComponentAssignment, Integer> changes) {
        List<ComponentAssignment> assignments = new ArrayList<>(changes.keySet());
        List<Integer> starts = new ArrayList<>(assignments.size());
        assignments.forEach(a -> starts.add(changes.get(a)));
        return new MultiStartChangeMove(assignments, starts);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoadmapSolution> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            if (!Objects.equals(assignments.get(i).getStart(), newStarts.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected MultiStartChangeMove createUndoMove(ScoreDirector<RoadmapSolution> scoreDirector) {
        List<Integer> oldStarts = new ArrayList<>(assignments.size());
        assignments.forEach(assignment -> oldStarts.add(assignment.getStart()));
        return new MultiStartChangeMove(assignments, oldStarts);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoadmapSolution> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            ComponentAssignment assignment = assignments.get(i);
            scoreDirector.beforeVariableChanged(assignment, "start");
            assignment.setStart(newStarts.get(i));
            scoreDirector.afterVariableChanged(assignment, "start");
        }
    }

    @Override
    public MultiStartChangeMove rebase(ScoreDirector<RoadmapSolution> destinationScoreDirector) {
        return new MultiStartChangeMove(rebaseList(assignments, destinationScoreDirector), newStarts);
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return assignments;
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return newStarts.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "MultiStartChangeMove(ComponentAssignment.start)";
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < assignments.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(assignments.get(i).getId()).append(" -> ").append(newStarts.get(i));
        }
        return text.toString();
    }
}
