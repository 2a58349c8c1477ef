package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;

/** A component starts before the one it replaces is live. */
public record ReplacementBreach(String newerId, int newerStart, String olderId, int olderEnd) implements RuleBreach {

    /** Periods too early: how far the newer component starts before the older one's go-live. */
    public static int shortfall(int newerStart, int olderEnd) {
        return Math.max(0, olderEnd - newerStart);
    }

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return newerId + " starts " + periodLabel.apply(newerStart) + " but " + olderId
                + ", which it replaces, finishes " + periodLabel.apply(olderEnd - 1);
    }
}
