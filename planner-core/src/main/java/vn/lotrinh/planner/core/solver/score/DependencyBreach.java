package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;

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
    public String describe(IntFunction<String> periodLabel) {
        String starts = successorId + " starts " + periodLabel.apply(successorStart);
        if (predecessorEnd == null) {
            return starts + " but its predecessor " + predecessorId + " is deferred";
        }
        return starts + " but " + predecessorId + " finishes " + periodLabel.apply(predecessorEnd - 1)
                + (lagPeriods > 0 ? " and needs a lag of " + lagPeriods : "");
    }
}
