package vn.lotrinh.planner.core.solver.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * The planning solution of one solve: an assignment per component of the problem (in plan order, so that a
 * component's index is its assignment's position), the problem's caps and links as facts, and the objective's weights.
 */
@PlanningSolution
public class RoadmapSolution {

    private RoadmapProblem problem;
    @PlanningEntityCollectionProperty
    private List<ComponentAssignment> assignments;
    @ProblemFactCollectionProperty
    private List<BudgetCap> budgetCaps;
    @ProblemFactCollectionProperty
    private List<CapacityCap> capacityCaps;
    @ProblemFactCollectionProperty
    private List<DependencyLink> dependencyLinks;
    @ProblemFactCollectionProperty
    private List<ExclusionPair> exclusionPairs;
    @ProblemFactCollectionProperty
    private List<DuplicateProviders> duplicateProviders;
    @ProblemFactCollectionProperty
    private List<ReplacementLink> replacementLinks;
    @ConstraintConfigurationProvider
    private RoadmapConstraintConfiguration constraintConfiguration;
    @PlanningScore
    private HardMediumSoftLongScore score;
    /**
     * Whether every start has been placed once, by the construction or from the exact search: a solver restarted by a
     * problem change then resumes its local search from the starts as they are.
     */
    private boolean constructed;

    /** For OptaPlanner's solution cloner. */
    public RoadmapSolution() {
    }

    /** Every component deferred, pinned ones at their pin. */
    public RoadmapSolution(RoadmapProblem problem) {
        this.problem = problem;
        this.assignments = new ArrayList<>(problem.components().size());
        problem.components().forEach(facts -> assignments.add(new ComponentAssignment(facts)));
        this.budgetCaps = problem.budgetCaps();
        this.capacityCaps = problem.capacityCaps();
        this.dependencyLinks = problem.dependencyLinks();
        this.exclusionPairs = problem.exclusionPairs();
        this.duplicateProviders = problem.duplicateProviders();
        this.replacementLinks = problem.replacementLinks();
        this.constraintConfiguration = new RoadmapConstraintConfiguration(problem.objective(),
                (long) assignments.size() * (problem.horizon() + 1), problem.stabilityWeight());
    }

    public RoadmapProblem getProblem() {
        return problem;
    }

    public Objective getObjective() {
        return problem.objective();
    }

    public int getHorizon() {
        return problem.horizon();
    }

    public List<ComponentAssignment> getAssignments() {
        return assignments;
    }

    /** The assignment of the component with this index. */
    public ComponentAssignment assignment(int index) {
        return assignments.get(index);
    }

    public RoadmapConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public boolean isConstructed() {
        return constructed;
    }

    public void markConstructed() {
        constructed = true;
    }
}
