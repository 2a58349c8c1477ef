package vn.lotrinh.planner.core.solver.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: one component's facts, the period it starts in, or {@code null} when it is deferred beyond
 * the horizon, and the funding option it is paid from (0 for a component whose plan fixes its funding).
 */
@PlanningEntity
public class ComponentAssignment {

    private ComponentFacts facts;

    @PlanningVariable(valueRangeProviderRefs = "startRange", nullable = true)
    private Integer start;

    @PlanningVariable(valueRangeProviderRefs = "fundingOptionRange")
    private Integer fundingOption;

    /** For OptaPlanner's solution cloner. */
    public ComponentAssignment() {
    }

    /** The component deferred, or at its pin when it is pinned. */
    public ComponentAssignment(ComponentFacts facts) {
        this.facts = facts;
        this.start = facts.timing().pinnedStart();
        this.fundingOption = 0;
    }

    @PlanningId
    public String getId() {
        return facts.id();
    }

    public int getIndex() {
        return facts.index();
    }

    public ComponentFacts getFacts() {
        return facts;
    }

    @ValueRangeProvider(id = "startRange")
    public CountableValueRange<Integer> getStartRange() {
        return facts.timing().startRange();
    }

    @ValueRangeProvider(id = "fundingOptionRange")
    public CountableValueRange<Integer> getFundingOptionRange() {
        return ValueRangeFactory.createIntValueRange(0, facts.spendings().size());
    }

    @PlanningPin
    public boolean isPinned() {
        return facts.timing().isPinned();
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public Integer getFundingOption() {
        return fundingOption;
    }

    public void setFundingOption(Integer fundingOption) {
        this.fundingOption = fundingOption;
    }

    /** What it draws on the caps, paid from its funding option. */
    public Spending spending() {
        return facts.spending(fundingOption);
    }

    public boolean isScheduled() {
        return start != null;
    }

    /** The first period after implementation, {@code start + duration}; only for a scheduled component. */
    public int getEnd() {
        return start + facts.durationPeriods();
    }

    /** The last period in which this scheduled component spends budgeted money. */
    public int lastSpendingPeriod() {
        return spending().lastSpendingPeriod(start);
    }

    /** Budgeted spending of the funding source over {@code first … last}, for a scheduled component. */
    public long spendMilli(int fundingSource, int first, int last) {
        return spending().overPeriodsMilli(fundingSource, first, last, start);
    }

    @Override
    public String toString() {
        return facts.id() + "@" + start + (facts.hasFundingChoice() ? "/" + fundingOption : "");
    }
}
