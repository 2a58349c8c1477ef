package vn.lotrinh.planner.core.solver;

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
        if (earliestStart != null && start < earliestStart) {
            return componentId + " starts " + periodLabel.apply(start) + ", before its earliest start "
                    + periodLabel.apply(earliestStart);
        }
        return componentId + " finishes " + periodLabel.apply(end - 1) + ", after its latest finish "
                + periodLabel.apply(latestFinish);
    }
}
