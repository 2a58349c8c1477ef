package vn.lotrinh.planner.core.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * Switches on the soft constraints that express the solve's objective. Under {@code MIN_MAKESPAN} the makespan weighs
 * more than any sum of finishes can, and the sum of finishes breaks ties: among roadmaps of equal makespan the search
 * prefers the one that finishes its components earlier, which gives it a slope towards a shorter makespan.
 */
@ConstraintConfiguration
public class RoadmapConstraintConfiguration {

    @ConstraintWeight(RoadmapConstraintProvider.VALUE_OVER_TIME)
    private HardMediumSoftLongScore valueOverTime = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(RoadmapConstraintProvider.VALUE)
    private HardMediumSoftLongScore value = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(RoadmapConstraintProvider.MAKESPAN)
    private HardMediumSoftLongScore makespan = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(RoadmapConstraintProvider.EARLY_FINISH)
    private HardMediumSoftLongScore earlyFinish = HardMediumSoftLongScore.ZERO;

    public RoadmapConstraintConfiguration() {
    }

    /**
     * @param maxSumOfFinishes an upper bound of Σ (start + duration) over all components: components × horizon
     */
    public RoadmapConstraintConfiguration(Objective objective, long maxSumOfFinishes) {
        switch (objective) {
            case VALUE_OVER_TIME -> valueOverTime = HardMediumSoftLongScore.ONE_SOFT;
            case MAX_VALUE -> value = HardMediumSoftLongScore.ONE_SOFT;
            case MIN_MAKESPAN -> {
                makespan = HardMediumSoftLongScore.ofSoft(maxSumOfFinishes + 1);
                earlyFinish = HardMediumSoftLongScore.ONE_SOFT;
            }
        }
    }

    public HardMediumSoftLongScore getValueOverTime() {
        return valueOverTime;
    }

    public HardMediumSoftLongScore getValue() {
        return value;
    }

    public HardMediumSoftLongScore getMakespan() {
        return makespan;
    }

    public HardMediumSoftLongScore getEarlyFinish() {
        return earlyFinish;
    }
}
