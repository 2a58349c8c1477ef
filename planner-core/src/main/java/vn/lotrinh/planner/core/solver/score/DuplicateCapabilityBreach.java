package vn.lotrinh.planner.core.solver.score;

import java.util.List;
import java.util.function.IntFunction;

/** Two components that deliver the same capabilities, neither replacing the other, are both scheduled. */
public record DuplicateCapabilityBreach(String firstId, String secondId, List<String> codes) implements RuleBreach {

    public DuplicateCapabilityBreach {
        codes = List.copyOf(codes);
    }

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return firstId + " and " + secondId + " both deliver " + String.join(", ", codes) + " but are both scheduled";
    }
}
