package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A scheduled component starts before its predecessor has finished plus the lag, or its predecessor is deferred
 * ({@code predecessorEnd == null}).
 */
public record DependencyBreach(String successorId, int successorStart, String predecessorId, Integer predecessorEnd,
        int lagPeriods) implements RuleBreach {

    /** Periods the successor would have to move later; a deferred predecessor counts as finishing at the horizon. */
    public static int shortfall(int successorStart, int predecessorEnd, int lagPeriods) {
        return Math.max(0, predecessorEnd + lagPeriods - successorStart);
    }

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        String start = periodLabel.apply(successorStart);
        if (predecessorEnd == null) {
            return Text.format("{0} starts {1} but its predecessor {2} is deferred",
                    "{0} bắt đầu {1} nhưng hạng mục đi trước {2} bị hoãn", successorId, start, predecessorId);
        }
        Text lag = lagPeriods > 0
                ? Text.format(" and needs a lag of {0}", " và cần chờ thêm {0} kỳ", lagPeriods) : Text.empty();
        return Text.format("{0} starts {1} but {2} finishes {3}{4}", "{0} bắt đầu {1} nhưng {2} hoàn thành {3}{4}",
                successorId, start, predecessorId, periodLabel.apply(predecessorEnd - 1), lag);
    }
}
