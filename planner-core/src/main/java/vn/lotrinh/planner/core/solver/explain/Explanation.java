package vn.lotrinh.planner.core.solver.explain;

import java.util.List;

/**
 * A roadmap explained: every constraint's part of its score, and for every component (in plan order) why it is where
 * it is and, when deferred, what would bring it in.
 */
public record Explanation(List<ConstraintSummary> constraints, List<ComponentExplanation> components) {

    public Explanation {
        constraints = List.copyOf(constraints);
        components = List.copyOf(components);
    }
}
