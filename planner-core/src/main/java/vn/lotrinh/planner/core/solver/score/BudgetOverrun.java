package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;

/** A funding source spends more than its period or phase budget. */
public record BudgetOverrun(BudgetCap cap, long spendMilli) implements RuleBreach {

    @Override
    public String describe(IntFunction<String> periodLabel) {
        return "budget " + cap.label() + ": " + Money.format(spendMilli) + " of " + Money.format(cap.capMilli());
    }
}
