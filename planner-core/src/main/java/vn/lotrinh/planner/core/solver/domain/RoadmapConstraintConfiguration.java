package vn.lotrinh.planner.core.solver.domain;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.plan.Objective;

/**
 * Switches on the soft constraints that express the solve's objective (the constraints are those of
 * {@code RoadmapConstraintProvider}; their weights live with the solution). Under {@code MIN_MAKESPAN} one period of
 * makespan weighs more than the whole early-finish reward can, and that reward breaks ties: among roadmaps of equal
 * makespan the search prefers the one that finishes more components earlier, which gives it a slope towards a
 * shorter makespan.
 */
@ConstraintConfiguration
public class RoadmapConstraintConfiguration {

    /** The weighted constraints, by the names of the README's constraints table. */
    public static final String VALUE_OVER_TIME = "Value over time";
    public static final String VALUE = "Value";
    public static final String MAKESPAN = "Makespan";
    public static final String EARLY_FINISH = "Early finish";
    public static final String STABILITY = "Stability";
    public static final String FRAMEWORK_PREFERENCE_OVER_TIME = "Framework preference over time";
    public static final String FRAMEWORK_PREFERENCE = "Framework preference";

    @ConstraintWeight(VALUE_OVER_TIME)
    private HardMediumSoftLongScore valueOverTime = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(VALUE)
    private HardMediumSoftLongScore value = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(MAKESPAN)
    private HardMediumSoftLongScore makespan = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(EARLY_FINISH)
    private HardMediumSoftLongScore earlyFinish = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(STABILITY)
    private HardMediumSoftLongScore stability = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(FRAMEWORK_PREFERENCE_OVER_TIME)
    private HardMediumSoftLongScore frameworkPreferenceOverTime = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(FRAMEWORK_PREFERENCE)
    private HardMediumSoftLongScore frameworkPreference = HardMediumSoftLongScore.ZERO;

    public RoadmapConstraintConfiguration() {
    }

    /**
     * @param maxEarlyFinishReward an upper bound of the early-finish reward: components × (horizon + 1)
     * @param stabilityWeight what a re-plan loses per period of change (see {@link RoadmapProblem#stabilityWeight})
     */
    public RoadmapConstraintConfiguration(Objective objective, long maxEarlyFinishReward, long stabilityWeight) {
        stability = HardMediumSoftLongScore.ofSoft(stabilityWeight);
        switch (objective) {
            case VALUE_OVER_TIME -> {
                valueOverTime = HardMediumSoftLongScore.ONE_SOFT;
                frameworkPreferenceOverTime = HardMediumSoftLongScore.ONE_SOFT;
            }
            case MAX_VALUE -> {
                value = HardMediumSoftLongScore.ONE_SOFT;
                frameworkPreference = HardMediumSoftLongScore.ONE_SOFT;
            }
            case MIN_MAKESPAN -> {
                makespan = HardMediumSoftLongScore.ofSoft(maxEarlyFinishReward + 1);
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

    public HardMediumSoftLongScore getStability() {
        return stability;
    }

    public HardMediumSoftLongScore getFrameworkPreferenceOverTime() {
        return frameworkPreferenceOverTime;
    }

    public HardMediumSoftLongScore getFrameworkPreference() {
        return frameworkPreference;
    }
}
