/**
 * The plan model: a {@link vn.lotrinh.planner.core.plan.Plan} of components to schedule into the periods of a
 * {@link vn.lotrinh.planner.core.plan.PlanCalendar} under budgets, capacities, dependencies and exclusions, as
 * immutable records and enums. Money is counted in milli-units ({@link vn.lotrinh.planner.core.plan.Money}), periods
 * by their index in the calendar.
 *
 * <p>{@link vn.lotrinh.planner.core.plan.DependencyGraph} is the plan's dependency graph with its topological order
 * and start bounds; its depth-first search ({@link vn.lotrinh.planner.core.plan.DependencyOrder}) and forward pass
 * ({@link vn.lotrinh.planner.core.plan.EarliestStarts}) also serve the validator's messages.
 *
 * <p>The records do not know how they are read: reading and validation of {@code roadmap-plan/1} live in
 * {@code core.plan.read}, and nothing here depends on any other package of the core.
 */
package vn.lotrinh.planner.core.plan;
