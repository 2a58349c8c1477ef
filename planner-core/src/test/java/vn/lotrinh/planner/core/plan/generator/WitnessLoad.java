package vn.lotrinh.planner.core.plan.generator;

import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * What a schedule of some components spends per funding source and demands per resource in every period, in
 * milli-units, by the format's formulas: capex in implementation periods, opex after go-live when it counts against
 * budgets, each cost split by {@link Component#fundedMilli}.
 */
final class WitnessLoad {

    private final long[][] spendingMilli;
    private final long[][] demandMilli;

    private WitnessLoad(long[][] spendingMilli, long[][] demandMilli) {
        this.spendingMilli = spendingMilli;
        this.demandMilli = demandMilli;
    }

    /** The load of the components in {@code starts} (component index → start period) of the plan. */
    static WitnessLoad of(Plan plan, Map<Integer, Integer> starts) {
        int horizon = plan.horizon();
        List<FundingSource> sources = plan.fundingSources();
        List<Resource> resources = plan.resources();
        long[][] spending = new long[sources.size()][horizon];
        long[][] opexFrom = new long[sources.size()][horizon + 1];
        long[][] demand = new long[resources.size()][horizon];
        boolean opexInBudget = plan.economics().opexInBudget();
        for (Map.Entry<Integer, Integer> entry : starts.entrySet()) {
            Component component = plan.components().get(entry.getKey());
            int start = entry.getValue();
            int goLive = start + component.durationPeriods();
            for (int f = 0; f < sources.size(); f++) {
                String source = sources.get(f).id();
                for (int k = 0; k < component.durationPeriods(); k++) {
                    spending[f][start + k] += component.fundedMilli(source, component.capexAtOffsetMilli(k));
                }
                if (opexInBudget && goLive < horizon) {
                    opexFrom[f][goLive] += component.fundedMilli(source, component.opexPerPeriodMilli());
                }
            }
            for (int r = 0; r < resources.size(); r++) {
                long amountMilli = component.demandMilli().getOrDefault(resources.get(r).id(), 0L);
                for (int t = start; t < goLive; t++) {
                    demand[r][t] += amountMilli;
                }
            }
        }
        for (int f = 0; f < sources.size(); f++) {
            long opexMilli = 0;
            for (int t = 0; t < horizon; t++) {
                opexMilli += opexFrom[f][t];
                spending[f][t] += opexMilli;
            }
        }
        return new WitnessLoad(spending, demand);
    }

    /** Spending of the funding source with this index (plan order) in the period. */
    long spendingMilli(int source, int period) {
        return spendingMilli[source][period];
    }

    /** Demand for the resource with this index (plan order) in the period. */
    long demandMilli(int resource, int period) {
        return demandMilli[resource][period];
    }
}
