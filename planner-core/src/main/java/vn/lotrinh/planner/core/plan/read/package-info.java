/**
 * Reading and validation of {@code roadmap-plan/1}. {@link vn.lotrinh.planner.core.plan.read.PlanReader} builds a
 * {@code Plan} from a document and {@link vn.lotrinh.planner.core.plan.read.PlanValidator} lists a document's
 * errors; both are views of one pass, {@code PlanRules}, which runs the rules section by section and builds the plan
 * from the values they checked:
 * <ul>
 *   <li>{@code SectionRules}: format, name, currency, money unit, calendar and economics;</li>
 *   <li>{@code DeclarationRules}: phases, funding sources and resources, which the rest refers to by id;</li>
 *   <li>{@code CapRules}: budgets and capacities;</li>
 *   <li>{@code CriteriaRules}: criteria and their pairwise comparisons, weighed and checked for consistency by
 *       {@code core.priority};</li>
 *   <li>{@code ComponentRules} with {@code CapexRules} and {@code ScoreRules}: each component's own fields, its
 *       scores and the value they give it, and the plan-wide totals;</li>
 *   <li>{@code DependencyRules}: component ids, {@code dependsOn} and {@code excludes} references, cycles;</li>
 *   <li>{@code TimeRules}: durations, windows and pins, and what the dependencies force.</li>
 * </ul>
 * {@code Checks} reads typed values and collects every error with its JSON Pointer
 * ({@link vn.lotrinh.planner.core.plan.read.PlanError}); {@code Scope} and {@code Located} say where a value is and
 * how messages name it.
 */
package vn.lotrinh.planner.core.plan.read;
