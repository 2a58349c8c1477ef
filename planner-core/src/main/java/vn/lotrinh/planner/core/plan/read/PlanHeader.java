package vn.lotrinh.planner.core.plan.read;

import java.math.BigDecimal;
import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * The plan's own members as read, defaults applied; what is invalid is {@code null}.
 *
 * @param calendar the horizon, or {@code null} when the calendar is invalid: the rules of later sections skip what
 *     needs it
 */
record PlanHeader(String name, String description, String currency, BigDecimal moneyUnit, PlanCalendar calendar) {
}
