package vn.lotrinh.planner.core.solver.score;

import java.util.List;
import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/** Two components that deliver the same capabilities, neither replacing the other, are both scheduled. */
public record DuplicateCapabilityBreach(String firstId, String secondId, List<String> codes) implements RuleBreach {

    public DuplicateCapabilityBreach {
        codes = List.copyOf(codes);
    }

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        return Text.format("{0} and {1} both deliver {2} but are both scheduled",
                "{0} và {1} cùng cung cấp {2} nhưng đều có trong lộ trình", firstId, secondId,
                String.join(", ", codes));
    }
}
