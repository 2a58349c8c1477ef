package vn.lotrinh.planner.core.alignment;

import java.math.BigDecimal;

/**
 * The money a component involves, in the plan's money unit.
 *
 * @param capex its likely capex
 * @param opexInHorizon its running cost over the periods it is live inside the horizon: by the roadmap, or from its
 *     earliest possible start for the plan alone; 0 when the roadmap defers it
 */
public record ComponentMoney(String componentId, String name, BigDecimal capex, BigDecimal opexInHorizon) {
}
