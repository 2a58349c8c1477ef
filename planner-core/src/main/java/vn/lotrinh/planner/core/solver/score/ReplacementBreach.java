package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/** A component starts before the one it replaces is live. */
public record ReplacementBreach(String newerId, int newerStart, String olderId, int olderEnd) implements RuleBreach {

    /** Periods too early: how far the newer component starts before the older one's go-live. */
    public static int shortfall(int newerStart, int olderEnd) {
        return Math.max(0, olderEnd - newerStart);
    }

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        return Text.format("{0} starts {1} but {2}, which it replaces, finishes {3}",
                "{0} bắt đầu {1} nhưng {2}, hệ thống mà nó thay thế, hoàn thành {3}", newerId,
                periodLabel.apply(newerStart), olderId, periodLabel.apply(olderEnd - 1));
    }
}
