package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;

/** A {@code MUST} component is deferred. */
public record MustDeferred(String componentId) implements RuleBreach {

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return componentId + " is MUST but deferred";
    }
}
