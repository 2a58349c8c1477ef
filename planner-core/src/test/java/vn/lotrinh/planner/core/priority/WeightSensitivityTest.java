package vn.lotrinh.planner.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.priority.WeightSensitivity.Range;

/** The exact bounds checked by brute force: each weight moved in small steps until the top of the ranking changes. */
class WeightSensitivityTest {

    private static final double STEP = 1e-4;

    private final Plan plan = new PlanReader().read(TestFiles.read("data/sample-priorities.json"));

    @Test
    void theTopTenChangesExactlyWhereEachWeightLeavesItsRange() {
        List<Integer> top = top(plan.priorities().weights());

        List<Range> ranges = WeightSensitivity.of(plan);

        assertThat(ranges).extracting(Range::criterionId).containsExactlyElementsOf(plan.priorities().weights()
                .keySet());
        for (Range range : ranges) {
            assertThat(range.lower()).as(range.criterionId()).isBetween(0.0, range.weight());
            assertThat(range.upper()).as(range.criterionId()).isBetween(range.weight(), 1.0);
            assertThat(firstChange(range, +1)).as(range.criterionId() + " upwards")
                    .isBetween(range.upper(), range.upper() + STEP);
            assertThat(firstChange(range, -1)).as(range.criterionId() + " downwards")
                    .isBetween(range.lower() - STEP, range.lower());
        }
        assertThat(ranges).anySatisfy(range -> assertThat(range.upper()).isLessThan(1));
        assertThat(top).hasSize(WeightSensitivity.TOP);
    }

    @Test
    void aSingleCriterionCannotMove() {
        Map<String, Double> one = Map.of("A", 1.0);

        assertThat(WeightSensitivity.moved(one, "A", 1.0)).isEqualTo(one);
    }

    @Test
    void movingAWeightRescalesTheOthersToSumOne() {
        Map<String, Double> moved = WeightSensitivity.moved(plan.priorities().weights(), "KHUNG", 0.5);

        assertThat(moved.get("KHUNG")).isEqualTo(0.5);
        assertThat(moved.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
        assertThat(moved.get("PHAP_LY") / moved.get("RUI_RO")).isCloseTo(
                plan.priorities().weights().get("PHAP_LY") / plan.priorities().weights().get("RUI_RO"),
                within(1e-12));
    }

    /**
     * The first weight, stepping from the plan's own in {@code direction}, at which the top ten differ; past 0 or 1,
     * the end itself when nothing changes before it.
     */
    private double firstChange(Range range, int direction) {
        List<Integer> top = top(plan.priorities().weights());
        for (double t = range.weight() + direction * STEP; t > 0 && t < 1; t += direction * STEP) {
            if (!top(WeightSensitivity.moved(plan.priorities().weights(), range.criterionId(), t)).equals(top)) {
                return t;
            }
        }
        return direction > 0 ? 1 : 0;
    }

    private List<Integer> top(Map<String, Double> weights) {
        return PriorityRanking.order(plan, weights).subList(0, WeightSensitivity.TOP);
    }
}
