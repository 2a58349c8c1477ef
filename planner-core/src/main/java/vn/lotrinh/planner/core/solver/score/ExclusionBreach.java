package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;

/** Two alternatives are both scheduled. */
public record ExclusionBreach(String firstId, String secondId) implements RuleBreach {

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return firstId + " and " + secondId + " exclude each other but are both scheduled";
    }
}
