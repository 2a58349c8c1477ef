package vn.lotrinh.planner.core.projection;

/**
 * The planned and simulated value of one figure, in milli-units. Simulated values are the planned value plus the
 * rounded deviation, so a figure that no draw moves keeps its planned value exactly.
 *
 * @param capMilli the cap on the figure, meaningful only when {@code capped}
 * @param probOverBudget the share of runs in which the figure exceeds its cap; 0 without a cap
 */
record CellOutcome(long planMilli, boolean capped, long capMilli, long p10Milli, long p50Milli, long p80Milli,
        long p90Milli, long meanMilli, double probOverBudget) {

    static CellOutcome of(long planMilli, boolean capped, long capMilli, DeviationSummary deviation) {
        return new CellOutcome(planMilli, capped, capMilli,
                planMilli + Math.round(deviation.p10()),
                planMilli + Math.round(deviation.p50()),
                planMilli + Math.round(deviation.p80()),
                planMilli + Math.round(deviation.p90()),
                planMilli + Math.round(deviation.mean()),
                capped ? deviation.exceedance() : 0.0);
    }

    /** {@code cap − plan}, 0 without a cap. */
    long headroomMilli() {
        return capped ? capMilli - planMilli : 0L;
    }

    /** What to hold back on top of the plan to cover the 80th percentile: {@code p80 − plan}. */
    long contingencyMilli() {
        return p80Milli - planMilli;
    }
}
