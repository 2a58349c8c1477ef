package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: one component of the plan and the period it starts in, or {@code null} when it is deferred
 * beyond the horizon. Everything but {@link #getStart() start} is problem data, precomputed from the plan so that
 * constraints read arrays instead of maps.
 */
@PlanningEntity
public class ComponentAssignment {

    @PlanningId
    private String id;
    private int index;
    private int durationPeriods;
    private int horizon;
    private boolean must;
    private long scaledValue;
    /** First and last start allowed by the component's window, its dependencies' earliest finish and the horizon. */
    private int earliestStart;
    private int latestStart;
    private Integer earliestStartWindow;
    private Integer latestFinishWindow;
    private Integer pinnedStart;
    /** Budgeted spending of funding source {@code f} at implementation offset {@code k}: {@code [f][k]}, milli. */
    private long[][] fundedCapexMilli;
    /** Budgeted running cost of funding source {@code f} in every live period, milli (0 unless opex counts). */
    private long[] fundedOpexMilli;
    /** Demand of resource {@code r} in every implementation period, thousandths. */
    private long[] demandMilli;
    private List<ComponentAssignment> successors = List.of();
    private List<ComponentAssignment> predecessors = List.of();
    private List<Integer> predecessorLags = List.of();
    private List<ComponentAssignment> alternatives = List.of();
    private double footprint;
    private int criticalTailPeriods;
    private int latestUsefulStart;
    private boolean needed;

    @PlanningVariable(valueRangeProviderRefs = "startRange", nullable = true)
    private Integer start;

    public ComponentAssignment() {
    }

    ComponentAssignment(String id, int index, int durationPeriods, int horizon, boolean must, long scaledValue,
            int earliestStart, int latestStart, Integer earliestStartWindow, Integer latestFinishWindow,
            Integer pinnedStart, long[][] fundedCapexMilli, long[] fundedOpexMilli, long[] demandMilli) {
        this.id = id;
        this.index = index;
        this.durationPeriods = durationPeriods;
        this.horizon = horizon;
        this.must = must;
        this.scaledValue = scaledValue;
        this.earliestStart = earliestStart;
        this.latestStart = latestStart;
        this.earliestStartWindow = earliestStartWindow;
        this.latestFinishWindow = latestFinishWindow;
        this.pinnedStart = pinnedStart;
        this.fundedCapexMilli = fundedCapexMilli;
        this.fundedOpexMilli = fundedOpexMilli;
        this.demandMilli = demandMilli;
        this.start = pinnedStart;
    }

    /** The starts this component may take: its window, tightened by what its predecessors force. */
    @ValueRangeProvider(id = "startRange")
    public CountableValueRange<Integer> getStartRange() {
        if (pinnedStart != null) {
            return ValueRangeFactory.createIntValueRange(pinnedStart, pinnedStart + 1);
        }
        return ValueRangeFactory.createIntValueRange(earliestStart, Math.max(earliestStart, latestStart + 1));
    }

    @PlanningPin
    public boolean isPinned() {
        return pinnedStart != null;
    }

    public boolean isScheduled() {
        return start != null;
    }

    public boolean hasAnyStart() {
        return earliestStart <= latestStart;
    }

    /** First period after implementation, {@code start + duration}; only for a scheduled component. */
    public int getEnd() {
        return start + durationPeriods;
    }

    /** Last period in which this scheduled component spends budgeted money. */
    public int lastSpendingPeriod() {
        return lastSpendingPeriodIfStartingAt(start);
    }

    /** Last period in which this component would spend budgeted money if it started at {@code start}. */
    public int lastSpendingPeriodIfStartingAt(int start) {
        return hasBudgetedOpex() ? Math.max(horizon - 1, start + durationPeriods - 1) : start + durationPeriods - 1;
    }

    private boolean hasBudgetedOpex() {
        for (long opex : fundedOpexMilli) {
            if (opex != 0) {
                return true;
            }
        }
        return false;
    }

    /** Budgeted spending of the funding source in the period if this component started at {@code start}. */
    public long spendMilliIfStartingAt(int fundingSource, int period, int start) {
        int offset = period - start;
        if (offset < 0) {
            return 0;
        }
        return offset < durationPeriods ? fundedCapexMilli[fundingSource][offset] : fundedOpexMilli[fundingSource];
    }

    /** Budgeted spending of the funding source over {@code first … last}, for a scheduled component. */
    public long spendMilli(int fundingSource, int first, int last) {
        return spendMilliIfStartingAt(fundingSource, first, last, start);
    }

    /** Budgeted capex that the funding source pays over the whole implementation, milli. */
    public long fundedCapexMilli(int fundingSource) {
        long sum = 0;
        for (long capex : fundedCapexMilli[fundingSource]) {
            sum += capex;
        }
        return sum;
    }

    /** Budgeted spending of the funding source over {@code first … last} if this component started at {@code start}. */
    public long spendMilliIfStartingAt(int fundingSource, int first, int last, int start) {
        long sum = 0;
        for (int t = Math.max(first, start); t <= last; t++) {
            sum += spendMilliIfStartingAt(fundingSource, t, start);
        }
        return sum;
    }

    /** Whether the funding source pays any part of this component's budgeted costs. */
    public boolean isFundedBy(int fundingSource) {
        if (fundedOpexMilli[fundingSource] != 0) {
            return true;
        }
        for (long capex : fundedCapexMilli[fundingSource]) {
            if (capex != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * How much of the plan's scarce means this component takes: for each capped funding source its budgeted capex
     * over that source's total caps, for each capped resource its demand over the resource's total capacity, summed.
     * A size for ordering insertions; never negative.
     */
    public double getFootprint() {
        return footprint;
    }

    void setFootprint(double footprint) {
        this.footprint = footprint;
    }

    /**
     * Whether the component must be scheduled for the roadmap to schedule every {@code MUST} component and keep every
     * pin: it is {@code MUST} or pinned, or one of those depends on it, directly or not.
     */
    public boolean isNeeded() {
        return needed;
    }

    void setNeeded(boolean needed) {
        this.needed = needed;
    }

    /** Lowers the latest start to {@code latest} when that is earlier; used while the problem is built. */
    void tightenLatestStart(int latest) {
        latestStart = Math.min(latestStart, latest);
    }

    /**
     * This component preceded by its deferred predecessors, transitively, in an order that keeps every dependency:
     * what has to be scheduled, first to last, for this one to be.
     */
    public List<ComponentAssignment> withDeferredPredecessors() {
        List<ComponentAssignment> chain = new ArrayList<>();
        addDeferredPredecessorsFirst(this, chain);
        return chain;
    }

    private static void addDeferredPredecessorsFirst(ComponentAssignment component, List<ComponentAssignment> chain) {
        if (chain.contains(component)) {
            return;
        }
        for (ComponentAssignment predecessor : component.predecessors) {
            if (!predecessor.isScheduled()) {
                addDeferredPredecessorsFirst(predecessor, chain);
            }
        }
        chain.add(component);
    }

    /** The lag this component keeps after {@code predecessor} finishes; 0 when it does not depend on it. */
    public int lagAfter(ComponentAssignment predecessor) {
        int lag = 0;
        for (int i = 0; i < predecessors.size(); i++) {
            if (predecessors.get(i) == predecessor) {
                lag = Math.max(lag, predecessorLags.get(i));
            }
        }
        return lag;
    }

    /**
     * The latest start that lets every needed component depending on this one (directly or not) start within its
     * range; {@link #getLatestStart()} when nothing needed depends on it. Orders construction, does not bound starts.
     */
    public int getLatestUsefulStart() {
        return latestUsefulStart;
    }

    void setLatestUsefulStart(int latestUsefulStart) {
        this.latestUsefulStart = latestUsefulStart;
    }

    /** The longest chain of durations and lags from this component's start to the end of its last successor. */
    public int getCriticalTailPeriods() {
        return criticalTailPeriods;
    }

    void setCriticalTailPeriods(int criticalTailPeriods) {
        this.criticalTailPeriods = criticalTailPeriods;
    }

    public long demandMilli(int resource) {
        return demandMilli[resource];
    }

    // Problem data accessors

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public int getDurationPeriods() {
        return durationPeriods;
    }

    public int getHorizon() {
        return horizon;
    }

    public boolean isMust() {
        return must;
    }

    public long getScaledValue() {
        return scaledValue;
    }

    public int getEarliestStart() {
        return earliestStart;
    }

    public int getLatestStart() {
        return latestStart;
    }

    public Integer getEarliestStartWindow() {
        return earliestStartWindow;
    }

    public Integer getLatestFinishWindow() {
        return latestFinishWindow;
    }

    public Integer getPinnedStart() {
        return pinnedStart;
    }

    public int resourceCount() {
        return demandMilli.length;
    }

    public int fundingSourceCount() {
        return fundedOpexMilli.length;
    }

    public List<ComponentAssignment> getSuccessors() {
        return successors;
    }

    public List<ComponentAssignment> getPredecessors() {
        return predecessors;
    }

    /** Lag in periods after each predecessor, in the order of {@link #getPredecessors()}. */
    public List<Integer> getPredecessorLags() {
        return predecessorLags;
    }

    /** Components that exclude this one: at most one of them and this may be scheduled. */
    public List<ComponentAssignment> getAlternatives() {
        return alternatives;
    }

    void link(List<ComponentAssignment> predecessors, List<Integer> predecessorLags,
            List<ComponentAssignment> successors, List<ComponentAssignment> alternatives) {
        this.alternatives = List.copyOf(alternatives);
        this.predecessors = List.copyOf(predecessors);
        this.predecessorLags = List.copyOf(predecessorLags);
        this.successors = List.copyOf(successors);
    }

    // Planning variable

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    @Override
    public String toString() {
        return id + "@" + start;
    }
}
