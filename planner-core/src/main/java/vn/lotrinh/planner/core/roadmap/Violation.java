package vn.lotrinh.planner.core.roadmap;

import java.util.List;
import java.util.Objects;

/**
 * One broken hard rule of a schedule, as found by the {@link RoadmapChecker}.
 *
 * @param rule the hard rule's name, verbatim: {@code "Dependency order"}, {@code "Period budget"},
 *     {@code "Phase budget"}, {@code "Resource capacity"}, {@code "Exclusion"}, {@code "No duplicate capability"},
 *     {@code "Replacement order"}, {@code "Time window"}, {@code "Horizon"} or {@code "Pinned start"}
 * @param componentIds the components involved, the one that breaks the rule first
 * @param message how much the rule is broken, in plan units and period labels, e.g.
 *     {@code budget NS_TINH 2023: 41000 of 40000}
 */
public record Violation(String rule, List<String> componentIds, String message) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        componentIds = List.copyOf(componentIds);
    }

    public Violation(Rule rule, List<String> componentIds, String message) {
        this(rule.title(), componentIds, message);
    }

    /** The rule and the message in one line: {@code Period budget: budget NS_TINH 2023: 41000 of 40000}. */
    public String describe() {
        return rule + ": " + message;
    }
}
