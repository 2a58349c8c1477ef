package vn.lotrinh.planner.core.plan;

/** The length of one planning period. */
public enum PeriodUnit {
    YEAR(1),
    QUARTER(4),
    MONTH(12);

    private final int periodsPerYear;

    PeriodUnit(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }
}
