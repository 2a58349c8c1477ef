package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;

/** A scheduled component does not finish inside the horizon. */
public record HorizonBreach(String componentId, int end, int horizon) implements RuleBreach {

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return componentId + " finishes " + periodLabel.apply(end - 1) + ", after the horizon ends "
                + periodLabel.apply(horizon - 1);
    }
}
