package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;

/** A pinned component is not at its pinned start ({@code start == null}: deferred). */
public record PinBreach(String componentId, int pinnedStart, Integer start) implements RuleBreach {

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return componentId + " is pinned to " + periodLabel.apply(pinnedStart)
                + (start == null ? " but is deferred" : " but starts " + periodLabel.apply(start));
    }
}
