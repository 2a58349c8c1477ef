package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/** Two alternatives are both scheduled. */
public record ExclusionBreach(String firstId, String secondId) implements RuleBreach {

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        return Text.format("{0} and {1} exclude each other but are both scheduled",
                "{0} và {1} loại trừ nhau nhưng đều có trong lộ trình", firstId, secondId);
    }
}
