package vn.lotrinh.planner.core.plan.diff;

import java.math.BigDecimal;

/**
 * A spending cap ({@code budgets} entry) added, removed or changed, keyed by its funding source and its period or
 * phase.
 *
 * @param period the capped period, {@code null} for a phase budget
 * @param phase the capped phase, {@code null} for a period budget
 * @param oldAmount the cap in the older document in the plan's money unit, {@code null} when it was added
 * @param newAmount the cap in the newer document, {@code null} when it was removed
 */
public record CapChange(String fundingSource, String period, String phase, BigDecimal oldAmount,
        BigDecimal newAmount) {
}
