package vn.lotrinh.planner.core.plan;

import java.util.List;
import java.util.Map;

/**
 * An architecture component (a project) to schedule. Money is in milli-units of the plan's money unit; periods are
 * indexes into the plan's calendar.
 *
 * @param value benefit score ≥ 0
 * @param durationPeriods periods of implementation, ≥ 1
 * @param capex total investment; {@code likely} is what budgets count
 * @param capexByOffsetMilli likely capex spent in each implementation period, {@code durationPeriods} entries that sum
 *     exactly to {@code capex.likelyMilli()}
 * @param capexShares the share of capex spent in each implementation period, summing to 1: how a simulated capex draw
 *     is spread
 * @param opexPerPeriodMilli running cost in every live period inside the horizon
 * @param fundingShares share of every cost by funding source id, summing to 1, in plan order: the funding it is paid
 *     from, its first funding option when it has several
 * @param demandMilli resource id → amount used in every implementation period, in thousandths
 * @param earliestStart first allowed start period, or {@code null}
 * @param latestFinish last period in which implementation may still run, or {@code null}
 * @param pinnedStart fixed start period, or {@code null}
 * @param capabilities what it delivers, connects to and replaces in the plan's framework catalogue
 * @param fundingOptions the shares it may be paid from, one of which the solver chooses (the plan's
 *     {@code eligibleFunding}); just {@code fundingShares} when the plan fixes its funding
 */
public record Component(
        String id,
        String name,
        Layer layer,
        Priority priority,
        double value,
        int durationPeriods,
        CapexEstimate capex,
        List<Long> capexByOffsetMilli,
        List<Double> capexShares,
        long opexPerPeriodMilli,
        Map<String, Double> fundingShares,
        Map<String, Long> demandMilli,
        List<Dependency> dependsOn,
        List<String> excludes,
        Integer earliestStart,
        Integer latestFinish,
        Integer pinnedStart,
        Capabilities capabilities,
        List<Map<String, Double>> fundingOptions) implements OwnTiming {

    public Component {
        capexByOffsetMilli = List.copyOf(capexByOffsetMilli);
        capexShares = List.copyOf(capexShares);
        if (capexByOffsetMilli.size() != durationPeriods || capexShares.size() != durationPeriods) {
            throw new IllegalArgumentException(id + " takes " + durationPeriods + " periods, but its capex is spread"
                    + " over " + capexByOffsetMilli.size() + " and its shares over " + capexShares.size());
        }
        fundingShares = Map.copyOf(fundingShares);
        fundingOptions = fundingOptions.stream().map(Map::copyOf).toList();
        if (fundingOptions.isEmpty() || !fundingOptions.get(0).equals(fundingShares)) {
            throw new IllegalArgumentException(id + ": its funding must be its first funding option");
        }
        demandMilli = Map.copyOf(demandMilli);
        dependsOn = List.copyOf(dependsOn);
        excludes = List.copyOf(excludes);
    }

    /** This component with its start fixed at {@code start}, everything else the same. */
    public Component pinnedAt(int start) {
        return new Component(id, name, layer, priority, value, durationPeriods, capex, capexByOffsetMilli,
                capexShares, opexPerPeriodMilli, fundingShares, demandMilli, dependsOn, excludes, earliestStart,
                latestFinish, start, capabilities, fundingOptions);
    }

    /** This component paid from its funding option {@code option} alone, everything else the same. */
    public Component fundedBy(int option) {
        Map<String, Double> chosen = fundingOptions.get(option);
        return new Component(id, name, layer, priority, value, durationPeriods, capex, capexByOffsetMilli,
                capexShares, opexPerPeriodMilli, chosen, demandMilli, dependsOn, excludes, earliestStart,
                latestFinish, pinnedStart, capabilities, List.of(chosen));
    }

    /** Whether the solver chooses its funding among several options. */
    public boolean hasFundingChoice() {
        return fundingOptions.size() > 1;
    }

    public boolean isMust() {
        return priority == Priority.MUST;
    }

    /** Share of this component's costs paid by the funding source, 0 when it pays none. */
    public double fundingShare(String fundingSourceId) {
        return fundingShares.getOrDefault(fundingSourceId, 0.0);
    }

    /**
     * The part of an amount of this component's costs that the funding source pays, rounded to the milli-unit. Every
     * sum of spending by funding source (budgets, solver, checker, projection) goes through here, so they agree.
     */
    public long fundedMilli(String fundingSourceId, long amountMilli) {
        return Math.round(fundingShare(fundingSourceId) * amountMilli);
    }

    /** Likely capex in the period {@code offset} periods after the start, 0 outside the implementation. */
    public long capexAtOffsetMilli(int offset) {
        return offset >= 0 && offset < durationPeriods ? capexByOffsetMilli.get(offset) : 0L;
    }
}
