package vn.lotrinh.planner.core.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.plan.Objective;

/** Switches on the one soft constraint that expresses the solve's objective. */
@ConstraintConfiguration
public class RoadmapConstraintConfiguration {

    @ConstraintWeight(RoadmapConstraintProvider.VALUE_OVER_TIME)
    private HardMediumSoftLongScore valueOverTime = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(RoadmapConstraintProvider.VALUE)
    private HardMediumSoftLongScore value = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(RoadmapConstraintProvider.MAKESPAN)
    private HardMediumSoftLongScore makespan = HardMediumSoftLongScore.ZERO;

    public RoadmapConstraintConfiguration() {
    }

    public RoadmapConstraintConfiguration(Objective objective) {
        switch (objective) {
            case VALUE_OVER_TIME -> valueOverTime = HardMediumSoftLongScore.ONE_SOFT;
            case MAX_VALUE -> value = HardMediumSoftLongScore.ONE_SOFT;
            case MIN_MAKESPAN -> makespan = HardMediumSoftLongScore.ONE_SOFT;
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
}
