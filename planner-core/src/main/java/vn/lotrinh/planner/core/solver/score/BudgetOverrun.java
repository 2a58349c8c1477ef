package vn.lotrinh.planner.core.solver.score;

import java.util.function.IntFunction;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;

/** A funding source spends more than its period or phase budget. */
public record BudgetOverrun(BudgetCap cap, long spendMilli) implements RuleBreach {

    @Override
    public Text describe(IntFunction<String> periodLabel) {
        return Text.format("budget {0}: {1} of {2}", "ngân sách {0}: chi {1}, trần {2}", cap.label(),
                Money.format(spendMilli), Money.format(cap.capMilli()));
    }
}
