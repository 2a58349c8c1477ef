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
    static Text describe(List<String> chain, String finishLabel, int lagPeriods) {
        Text via = chain.size() > 1 ? Text.format(" (via {0})", " (qua {0})", String.join(" → ", chain))
                : Text.empty();
        return Text.format("its predecessor {0} cannot finish before {1}{2}{3}",
                "hạng mục đi trước {0} không thể hoàn thành trước {1}{2}{3}", Checks.quote(chain.get(chain.size() - 1)),
                finishLabel, via, lag(lagPeriods));
    }

    /** {@code , followed by a lag of 2 periods}, or nothing without a lag. */
    static Text lag(int lagPeriods) {
        return lagPeriods > 0 ? Text.format(", followed by a lag of {0}", ", sau đó chờ thêm {0}",
                OwnWindow.periods(lagPeriods)) : Text.empty();
    }
}
