package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/** A {@code MUST} component is deferred. */
public record MustDeferred(String componentId) implements RuleBreach {

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        return Text.format("{0} is MUST but deferred", "{0} là hạng mục bắt buộc (MUST) nhưng bị hoãn", componentId);
    }
}
