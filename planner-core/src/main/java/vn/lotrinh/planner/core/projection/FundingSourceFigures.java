package vn.lotrinh.planner.core.projection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;

/**
 * One funding source's spending in a period or a phase against its cap there, in plan money units at constant prices.
 * {@code spend} is the budgeted spending: the source's funded share of capex plus, when the plan's
 * {@code opexInBudget} holds, of opex, exactly as budgets count it.
 *
 * @param budget the cap, 0 when there is none ({@code capped == false})
 * @param headroom {@code budget − spend}, negative when the plan breaks the cap; 0 when there is no cap
 * @param capped whether a budget caps this source here
 * @param risk percentiles and mean of the simulated spending, and the contingency {@code p80 − spend}
 * @param probOverBudget share of runs whose spending exceeds the cap; 0 without a cap
 */
public record FundingSourceFigures(
        BigDecimal spend,
        BigDecimal budget,
        BigDecimal headroom,
        boolean capped,
        @JsonUnwrapped RiskFigures risk,
        double probOverBudget) {
}
