package vn.lotrinh.planner.core.solver.score;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

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
    public String describe(IntFunction<String> periodLabel) {
        List<String> parts = new ArrayList<>(2);
        if (earliestStart != null && start < earliestStart) {
            parts.add(componentId + " starts " + periodLabel.apply(start) + ", before its earliest start "
                    + periodLabel.apply(earliestStart));
        }
        if (latestFinish != null && end - 1 > latestFinish) {
            parts.add(componentId + " finishes " + periodLabel.apply(end - 1) + ", after its latest finish "
                    + periodLabel.apply(latestFinish));
        }
        return String.join("; ", parts);
    }
}
