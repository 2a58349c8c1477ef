package vn.lotrinh.planner.core.plan;

/**
 * A spending cap of one funding source over the periods {@code firstPeriod … lastPeriod}: one period for a period
 * budget, a phase's periods for a phase budget.
 *
 * @param fundingSourceId the capped funding source
 * @param period the capped period's label, or {@code null} for a phase budget
 * @param phaseId the capped phase, or {@code null} for a period budget
 * @param firstPeriod first capped period index
 * @param lastPeriod last capped period index, inclusive
 * @param amountMilli the cap in milli-units
 */
public record Budget(String fundingSourceId, String period, String phaseId, int firstPeriod, int lastPeriod,
        long amountMilli) {

    public boolean isPhaseBudget() {
        return phaseId != null;
    }

    /** How a planner names the cap: {@code NS_TINH 2023} or {@code NS_TW GD2}. */
    public String describe() {
        return fundingSourceId + " " + (isPhaseBudget() ? phaseId : period);
    }
}
