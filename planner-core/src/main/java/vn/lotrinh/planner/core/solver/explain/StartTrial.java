package vn.lotrinh.planner.core.solver.explain;

import java.util.List;
import vn.lotrinh.planner.core.solver.score.BudgetOverrun;
import vn.lotrinh.planner.core.solver.score.CapacityOverload;
import vn.lotrinh.planner.core.solver.score.RuleBreach;

/**
 * What putting one component at one start, everything else kept, would newly break.
 *
 * @param breaches the hard rules broken there that the roadmap does not already break
 * @param improves whether, breaking nothing, it would score better than the roadmap
 */
record StartTrial(int start, List<RuleBreach> breaches, boolean improves) {

    StartTrial {
        breaches = List.copyOf(breaches);
    }

    /** How far the start's spending and demand exceed the caps it breaks, thousandths summed over them. */
    long excessMilli() {
        long excess = 0;
        for (RuleBreach breach : breaches) {
            if (breach instanceof BudgetOverrun overrun) {
                excess += overrun.spendMilli() - overrun.cap().capMilli();
            } else if (breach instanceof CapacityOverload overload) {
                excess += overload.demandMilli() - overload.cap().capMilli();
            }
        }
        return excess;
    }
}
