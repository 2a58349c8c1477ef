/**
 * Priorities by weighted criteria, the Analytic Hierarchy Process: {@link vn.lotrinh.planner.core.priority.AhpWeights}
 * derives the criteria's weights from a {@link vn.lotrinh.planner.core.priority.PairwiseMatrix} of comparisons with
 * their consistency ratio, {@link vn.lotrinh.planner.core.priority.Inconsistency} says which comparisons make the
 * matrix inconsistent and what ratio would agree with the others, {@link
 * vn.lotrinh.planner.core.priority.PriorityRanking} ranks a plan's components by their weighted scores with each
 * criterion's contribution, and {@link vn.lotrinh.planner.core.priority.WeightSensitivity} says how far each weight can
 * move before the top of that ranking changes. The plan reader uses the first two to validate a plan's comparisons.
 */
package vn.lotrinh.planner.core.priority;
