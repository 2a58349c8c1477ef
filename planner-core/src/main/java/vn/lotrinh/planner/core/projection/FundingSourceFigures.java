package vn.lotrinh.planner.core.projection;

import java.math.BigDecimal;

/**
 * One funding source's spending in a period or a phase against its cap there, in plan money units at constant prices.
 * {@code spend} is the budgeted spending: the source's funded share of capex plus, when the plan's
 * {@code opexInBudget} holds, of opex, exactly as budgets count it.
 *
 * @param budget the cap, 0 when there is none ({@code capped == false})
 * @param headroom {@code budget − spend}, negative when the plan breaks the cap; 0 when there is no cap
 * @param capped whether a budget caps this source here
 * @param p10 10th percentile of the simulated spending; {@code p50}, {@code p80}, {@code p90} likewise
 * @param mean mean of the simulated spending
 * @param contingency {@code p80 − spend}: what to hold back on top of the plan to cover four runs in five
 * @param probOverBudget share of runs whose spending exceeds the cap; 0 without a cap
 */
public record FundingSourceFigures(
        BigDecimal spend,
        BigDecimal budget,
        BigDecimal headroom,
        boolean capped,
        BigDecimal p10,
        BigDecimal p50,
        BigDecimal p80,
        BigDecimal p90,
        BigDecimal mean,
        BigDecimal contingency,
        double probOverBudget) {
}
