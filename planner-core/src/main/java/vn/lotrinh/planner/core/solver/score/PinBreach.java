package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/** A pinned component is not at its pinned start ({@code start == null}: deferred). */
public record PinBreach(String componentId, int pinnedStart, Integer start) implements RuleBreach {

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        String pinned = periodLabel.apply(pinnedStart);
        if (start == null) {
            return Text.format("{0} is pinned to {1} but is deferred",
                    "{0} được ấn định bắt đầu {1} nhưng bị hoãn", componentId, pinned);
        }
        return Text.format("{0} is pinned to {1} but starts {2}", "{0} được ấn định bắt đầu {1} nhưng bắt đầu {2}",
                componentId, pinned, periodLabel.apply(start));
    }
}
