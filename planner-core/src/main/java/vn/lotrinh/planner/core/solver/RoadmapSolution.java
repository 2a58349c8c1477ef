package vn.lotrinh.planner.core.solver;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.plan.Objective;

/** The planning problem of one solve: the plan compiled into entities and facts, plus the objective's weights. */
@PlanningSolution
public class RoadmapSolution {

    private Objective objective;
    private int horizon;
    private int fundingSourceCount;
    private int resourceCount;
    /** Soft score units per unit of component value: a power of ten that makes every value integral. */
    private long valueScale;
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
    @ConstraintConfigurationProvider
    private RoadmapConstraintConfiguration constraintConfiguration;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public RoadmapSolution() {
    }

    public RoadmapSolution(Objective objective, int horizon, int fundingSourceCount, int resourceCount,
            long valueScale, List<ComponentAssignment> assignments,
            List<BudgetCap> budgetCaps, List<CapacityCap> capacityCaps, List<DependencyLink> dependencyLinks,
            List<ExclusionPair> exclusionPairs) {
        this.objective = objective;
        this.horizon = horizon;
        this.fundingSourceCount = fundingSourceCount;
        this.resourceCount = resourceCount;
        this.valueScale = valueScale;
        this.assignments = assignments;
        this.budgetCaps = budgetCaps;
        this.capacityCaps = capacityCaps;
        this.dependencyLinks = dependencyLinks;
        this.exclusionPairs = exclusionPairs;
        this.constraintConfiguration = new RoadmapConstraintConfiguration(objective,
                (long) assignments.size() * (horizon + 1));
    }

    public Objective getObjective() {
        return objective;
    }

    public int getHorizon() {
        return horizon;
    }

    public int getFundingSourceCount() {
        return fundingSourceCount;
    }

    public int getResourceCount() {
        return resourceCount;
    }

    public long getValueScale() {
        return valueScale;
    }

    public List<ComponentAssignment> getAssignments() {
        return assignments;
    }

    public List<BudgetCap> getBudgetCaps() {
        return budgetCaps;
    }

    public List<CapacityCap> getCapacityCaps() {
        return capacityCaps;
    }

    public List<DependencyLink> getDependencyLinks() {
        return dependencyLinks;
    }

    public List<ExclusionPair> getExclusionPairs() {
        return exclusionPairs;
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
}
