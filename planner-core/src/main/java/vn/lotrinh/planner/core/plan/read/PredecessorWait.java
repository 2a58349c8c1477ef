package vn.lotrinh.planner.core.plan.read;

import java.util.List;

/** How a component waits for a predecessor, in the words the plan's errors and warnings use. */
final class PredecessorWait {

    private PredecessorWait() {
    }

    /**
     * {@code its predecessor "KDL" cannot finish before 2024 (via TTDL → LGSP → KDL)}, with the lag if any.
     *
     * @param chain the ids that hold the component up, first to last, the predecessor last
     */
    static String describe(List<String> chain, String finishLabel, int lagPeriods) {
        String via = chain.size() > 1 ? " (via " + String.join(" → ", chain) + ")" : "";
        return "its predecessor " + Checks.quote(chain.get(chain.size() - 1)) + " cannot finish before " + finishLabel
                + via + lag(lagPeriods);
    }

    /** {@code , followed by a lag of 2 periods}, or nothing without a lag. */
    static String lag(int lagPeriods) {
        return lagPeriods > 0 ? ", followed by a lag of " + OwnWindow.periods(lagPeriods) : "";
    }
}
