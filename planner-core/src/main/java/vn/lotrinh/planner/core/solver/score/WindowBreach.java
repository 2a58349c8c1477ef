package vn.lotrinh.planner.core.solver.score;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.read.Text;

/** A scheduled component starts before its earliest start or finishes after its latest finish. */
public record WindowBreach(String componentId, int start, int end, Integer earliestStart, Integer latestFinish)
        implements RuleBreach {

    /** Periods outside the window. */
    public static int periodsOutside(int start, int end, Integer earliestStart, Integer latestFinish) {
        int early = earliestStart == null ? 0 : Math.max(0, earliestStart - start);
        int late = latestFinish == null ? 0 : Math.max(0, end - 1 - latestFinish);
        return early + late;
    }

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        List<Text> parts = new ArrayList<>(2);
        if (earliestStart != null && start < earliestStart) {
            parts.add(Text.format("{0} starts {1}, before its earliest start {2}",
                    "{0} bắt đầu {1}, trước thời điểm bắt đầu sớm nhất {2}", componentId, periodLabel.apply(start),
                    periodLabel.apply(earliestStart)));
        }
        if (latestFinish != null && end - 1 > latestFinish) {
            parts.add(Text.format("{0} finishes {1}, after its latest finish {2}",
                    "{0} hoàn thành {1}, sau thời điểm hoàn thành muộn nhất {2}", componentId,
                    periodLabel.apply(end - 1), periodLabel.apply(latestFinish)));
        }
        return Text.join(parts, Text.verbatim("; "));
    }
}
