package vn.lotrinh.planner.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spending by funding source and demand by resource, period by period, of a set of scheduled components, computed
 * straight from the formulas of {@code roadmap-plan/1} so that tests can check budgets and capacities without the
 * production checker. Amounts are milli-units.
 */
public final class ScheduleLoad {

    private final Plan plan;
    private final Map<String, long[]> spendingMilli = new HashMap<>();
    private final Map<String, long[]> demandMilli = new HashMap<>();

    public ScheduleLoad(Plan plan) {
        this.plan = plan;
        plan.fundingSources().forEach(f -> spendingMilli.put(f.id(), new long[plan.horizon()]));
        plan.resources().forEach(r -> demandMilli.put(r.id(), new long[plan.horizon()]));
    }

    public void add(Component component, int start) {
        apply(component, start, 1);
    }

    public void remove(Component component, int start) {
        apply(component, start, -1);
    }

    public long spendingMilli(String fundingSourceId, int period) {
        return spendingMilli.get(fundingSourceId)[period];
    }

    public long demandMilli(String resourceId, int period) {
        return demandMilli.get(resourceId)[period];
    }

    /** Every budget and capacity the load exceeds, named like {@code Period budget NS_TINH 2023}; empty when none. */
    public List<String> brokenCaps() {
        List<String> broken = new ArrayList<>();
        for (Budget budget : plan.budgets()) {
            long spentMilli = 0;
            for (int t = budget.firstPeriod(); t <= budget.lastPeriod(); t++) {
                spentMilli += spendingMilli(budget.fundingSourceId(), t);
            }
            if (spentMilli > budget.amountMilli()) {
                broken.add((budget.isPhaseBudget() ? "Phase budget " : "Period budget ") + budget.describe());
            }
        }
        for (Resource resource : plan.resources()) {
            for (int t = 0; t < plan.horizon(); t++) {
                int period = t;
                plan.capacityMilli(resource.id(), t)
                        .filter(capacity -> demandMilli(resource.id(), period) > capacity)
                        .ifPresent(capacity -> broken.add(
                                "Resource capacity " + resource.id() + " " + plan.calendar().label(period)));
            }
        }
        return broken;
    }

    private void apply(Component component, int start, int sign) {
        boolean opexInBudget = plan.economics().opexInBudget();
        int goLive = start + component.durationPeriods();
        for (int t = start; t < plan.horizon(); t++) {
            long costMilli = component.capexAtOffsetMilli(t - start)
                    + (opexInBudget && t >= goLive ? component.opexPerPeriodMilli() : 0L);
            for (Map.Entry<String, long[]> source : spendingMilli.entrySet()) {
                source.getValue()[t] += sign * component.fundedMilli(source.getKey(), costMilli);
            }
            if (t < goLive) {
                for (Map.Entry<String, Long> demand : component.demandMilli().entrySet()) {
                    demandMilli.get(demand.getKey())[t] += sign * demand.getValue();
                }
            }
        }
    }
}
