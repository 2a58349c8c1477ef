package vn.lotrinh.planner.core.solver;

/** Which searches a solve runs. */
public enum Engine {
    /**
     * The OptaPlanner search, and beside it the exact search when the plan's model fits
     * ({@link vn.lotrinh.planner.core.solver.exact.ExactSettings#maxModelSize}); the better roadmap wins.
     */
    AUTO,
    /** The OptaPlanner search alone: nothing is proven about its roadmap. */
    HEURISTIC,
    /** The exact search alone, from the construction's roadmap (which is kept when it finds nothing better in time). */
    EXACT
}
