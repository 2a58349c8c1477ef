package vn.lotrinh.planner.core.solver.explain;

/**
 * What one constraint contributes to a roadmap's score.
 *
 * @param score the constraint's total on its level (negative for a penalty, positive for a reward)
 * @param matches how many times it matched
 */
public record ConstraintSummary(String name, Level level, long score, int matches) {

    /** The level of the score the constraint counts on. */
    public enum Level { HARD, MEDIUM, SOFT }
}
