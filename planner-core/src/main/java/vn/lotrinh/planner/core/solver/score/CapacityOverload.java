package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;

/** Components under implementation in a period demand more of a resource than its capacity. */
public record CapacityOverload(CapacityCap cap, long demandMilli) implements RuleBreach {

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        return Text.format("capacity {0}: {1} of {2}", "năng lực {0}: cần {1}, tối đa {2}", cap.label(),
                Money.format(demandMilli), Money.format(cap.capMilli()));
    }
}
