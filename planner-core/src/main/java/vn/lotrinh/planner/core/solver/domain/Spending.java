package vn.lotrinh.planner.core.solver.domain;

/**
 * What a component draws on the plan's caps once started: the spending each funding source's budgets count, by
 * offset from the start, and the resources it takes while under implementation. Funding sources and resources are
 * indexes in plan order; money and quantities in thousandths.
 *
 * @param capexMilli budgeted capex of funding source {@code f} at implementation offset {@code k}: {@code [f][k]}, one
 *     entry per implementation period for every funding source
 * @param opexMilli budgeted running cost of funding source {@code f} in every live period (0 unless opex counts)
 * @param demandMilli demand of resource {@code r} in every implementation period
 * @param horizon the number of periods of the plan: running costs stop there
 */
public record Spending(long[][] capexMilli, long[] opexMilli, long[] demandMilli, int horizon) {

    public int fundingSourceCount() {
        return opexMilli.length;
    }

    public int resourceCount() {
        return demandMilli.length;
    }

    public int durationPeriods() {
        return capexMilli[0].length;
    }

    /** Budgeted spending of the funding source in the period if the component started at {@code start}. */
    public long inPeriodMilli(int fundingSource, int period, int start) {
        int offset = period - start;
        if (offset < 0) {
            return 0;
        }
        long[] capex = capexMilli[fundingSource];
        return offset < capex.length ? capex[offset] : opexMilli[fundingSource];
    }

    /** Budgeted spending of the funding source over {@code first … last} if the component started at {@code start}. */
    public long overPeriodsMilli(int fundingSource, int first, int last, int start) {
        long sum = 0;
        for (int t = Math.max(first, start); t <= last; t++) {
            sum += inPeriodMilli(fundingSource, t, start);
        }
        return sum;
    }

    /** The last period in which the component spends budgeted money if it started at {@code start}. */
    public int lastSpendingPeriod(int start) {
        int lastImplementationPeriod = start + durationPeriods() - 1;
        return hasBudgetedOpex() ? Math.max(horizon - 1, lastImplementationPeriod) : lastImplementationPeriod;
    }

    /** Budgeted capex that the funding source pays over the whole implementation. */
    public long capexMilli(int fundingSource) {
        long sum = 0;
        for (long capex : capexMilli[fundingSource]) {
            sum += capex;
        }
        return sum;
    }

    /** Whether the funding source pays any part of the component's budgeted costs. */
    public boolean isFundedBy(int fundingSource) {
        if (opexMilli[fundingSource] != 0) {
            return true;
        }
        for (long capex : capexMilli[fundingSource]) {
            if (capex != 0) {
                return true;
            }
        }
        return false;
    }

    public long demandMilli(int resource) {
        return demandMilli[resource];
    }

    /** Whether the two draw on a common funding source or resource. */
    public boolean sharesMeansWith(Spending other) {
        for (int f = 0; f < fundingSourceCount(); f++) {
            if (isFundedBy(f) && other.isFundedBy(f)) {
                return true;
            }
        }
        for (int r = 0; r < resourceCount(); r++) {
            if (demandMilli[r] > 0 && other.demandMilli[r] > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBudgetedOpex() {
        for (long opex : opexMilli) {
            if (opex != 0) {
                return true;
            }
        }
        return false;
    }
}
