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

/**
 * Changes the start of several components at once, e.g. a component together with the successors it pushes, and the
 * funding option of some ({@code null}: unchanged).
 */
public final class MultiStartChangeMove extends AbstractMove<RoadmapSolution> {

    /** A move that changes nothing: what a neighbourhood offers when it found nothing to do. */
    static final MultiStartChangeMove NONE = new MultiStartChangeMove(List.of(), List.of());

    private final List<ComponentAssignment> assignments;
    private final List<Integer> newStarts;
    /** The new funding option of each assignment, {@code null} where it stays; {@code null} when none changes. */
    private final List<Integer> newFundingOptions;

    public MultiStartChangeMove(List<ComponentAssignment> assignments, List<Integer> newStarts) {
        this(assignments, newStarts, null);
    }

    private MultiStartChangeMove(List<ComponentAssignment> assignments, List<Integer> newStarts,
            List<Integer> newFundingOptions) {
        this.assignments = List.copyOf(assignments);
        this.newStarts = new ArrayList<>(newStarts);
        this.newFundingOptions = newFundingOptions == null ? null : new ArrayList<>(newFundingOptions);
    }

    /** A move to the starts of {@code changes}, in its iteration order; a {@code null} start defers. */
    public static MultiStartChangeMove of(Map<ComponentAssignment, Integer> changes) {
        return of(changes, Map.of());
    }

    /**
     * A move to the starts of {@code changes} and the funding options of {@code fundingChanges} (whose components
     * keep their start unless {@code changes} names them too).
     */
    public static MultiStartChangeMove of(Map<ComponentAssignment, Integer> changes,
            Map<ComponentAssignment, Integer> fundingChanges) {
        List<ComponentAssignment> assignments = new ArrayList<>(changes.keySet());
        fundingChanges.keySet().stream().filter(a -> !changes.containsKey(a)).forEach(assignments::add);
        List<Integer> starts = new ArrayList<>(assignments.size());
        assignments.forEach(a -> starts.add(changes.containsKey(a) ? changes.get(a) : a.getStart()));
        if (fundingChanges.isEmpty()) {
            return new MultiStartChangeMove(assignments, starts);
        }
        List<Integer> options = new ArrayList<>(assignments.size());
        assignments.forEach(a -> options.add(fundingChanges.get(a)));
        return new MultiStartChangeMove(assignments, starts, options);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoadmapSolution> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            if (!Objects.equals(assignments.get(i).getStart(), newStarts.get(i)) || changesFunding(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean changesFunding(int i) {
        return newFundingOptions != null && newFundingOptions.get(i) != null
                && !newFundingOptions.get(i).equals(assignments.get(i).getFundingOption());
    }

    @Override
    protected MultiStartChangeMove createUndoMove(ScoreDirector<RoadmapSolution> scoreDirector) {
        List<Integer> oldStarts = new ArrayList<>(assignments.size());
        assignments.forEach(assignment -> oldStarts.add(assignment.getStart()));
        if (newFundingOptions == null) {
            return new MultiStartChangeMove(assignments, oldStarts);
        }
        List<Integer> oldOptions = new ArrayList<>(assignments.size());
        assignments.forEach(assignment -> oldOptions.add(assignment.getFundingOption()));
        return new MultiStartChangeMove(assignments, oldStarts, oldOptions);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoadmapSolution> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            ComponentAssignment assignment = assignments.get(i);
            scoreDirector.beforeVariableChanged(assignment, "start");
            assignment.setStart(newStarts.get(i));
            scoreDirector.afterVariableChanged(assignment, "start");
            if (changesFunding(i)) {
                scoreDirector.beforeVariableChanged(assignment, "fundingOption");
                assignment.setFundingOption(newFundingOptions.get(i));
                scoreDirector.afterVariableChanged(assignment, "fundingOption");
            }
        }
    }

    @Override
    public MultiStartChangeMove rebase(ScoreDirector<RoadmapSolution> destinationScoreDirector) {
        return new MultiStartChangeMove(rebaseList(assignments, destinationScoreDirector), newStarts,
                newFundingOptions);
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return assignments;
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        List<Object> values = new ArrayList<>(newStarts.stream().filter(Objects::nonNull).toList());
        if (newFundingOptions != null) {
            newFundingOptions.stream().filter(Objects::nonNull).forEach(values::add);
        }
        return values;
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
