package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/** A scheduled component does not finish inside the horizon. */
public record HorizonBreach(String componentId, int end, int horizon) implements RuleBreach {

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        return Text.format("{0} finishes {1}, after the horizon ends {2}",
                "{0} hoàn thành {1}, sau khi kỳ kế hoạch kết thúc {2}", componentId, periodLabel.apply(end - 1),
                periodLabel.apply(horizon - 1));
    }
}
