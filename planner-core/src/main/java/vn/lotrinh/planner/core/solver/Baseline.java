package vn.lotrinh.planner.core.solver;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An earlier roadmap to re-plan from: what started before {@code asOf} stays where it is (work under way or done),
 * the rest may move, but each change costs. The cost is {@code stability} times the value of one period of the
 * median component, per period a component moves and, for a component it defers, per period of the horizon; under
 * {@code MIN_MAKESPAN} one period of early finish takes that value's place. With the default stability of 1 a
 * component moves only for a gain larger than one period of a median component's value; 0 is a fresh solve from the
 * baseline's roadmap.
 *
 * @param starts start period index by component id of the components the baseline schedules
 * @param asOf the first period that may still change, or {@code null} when everything may
 * @param stability the factor of the cost of a change, ≥ 0
 */
public record Baseline(Map<String, Integer> starts, Integer asOf, BigDecimal stability) {

    public static final BigDecimal DEFAULT_STABILITY = BigDecimal.ONE;

    public Baseline {
        Map<String, Integer> scheduled = new HashMap<>();
        starts.forEach((id, start) -> {
            if (start != null) {
                scheduled.put(id, start);
            }
        });
        starts = Map.copyOf(scheduled);
        Objects.requireNonNull(stability, "stability");
        if (stability.signum() < 0) {
            throw new IllegalArgumentException("stability must not be negative: " + stability);
        }
    }

    /** The starts that stay: those before {@code asOf}. */
    public Map<String, Integer> fixed() {
        Map<String, Integer> fixed = new HashMap<>();
        if (asOf != null) {
            starts.forEach((id, start) -> {
                if (start < asOf) {
                    fixed.put(id, start);
                }
            });
        }
        return fixed;
    }
}
