package vn.lotrinh.planner.core.plan.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A random {@code roadmap-plan/1} document and the schedule that proves its {@code MUST} components fit together.
 *
 * @param document the plan document, valid for {@link vn.lotrinh.planner.core.plan.read.PlanReader}
 * @param mustWitnessStarts start period index of every {@code MUST} component, by id, in a schedule of the
 *     {@code MUST} components alone that keeps every hard rule of the plan
 */
public record GeneratedPlan(ObjectNode document, Map<String, Integer> mustWitnessStarts) {

    public GeneratedPlan {
        mustWitnessStarts = Map.copyOf(mustWitnessStarts);
    }
}
