package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;

/** Components under implementation in a period demand more of a resource than its capacity. */
public record CapacityOverload(CapacityCap cap, long demandMilli) implements RuleBreach {

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return "capacity " + cap.label() + ": " + Money.format(demandMilli) + " of " + Money.format(cap.capMilli());
    }
}
