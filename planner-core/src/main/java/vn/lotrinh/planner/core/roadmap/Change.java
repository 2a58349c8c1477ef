package vn.lotrinh.planner.core.roadmap;

import vn.lotrinh.planner.core.plan.read.Text;

/**
 * How a re-planned roadmap differs from its baseline for one component.
 *
 * @param from the baseline's start period label, {@code null} when the baseline defers it
 * @param to the new start period label, {@code null} when the new roadmap defers it
 * @param reason why, in words of both languages: what the baseline's start breaks now, or that the change is worth
 *     its cost
 */
public record Change(String componentId, String from, String to, Kind kind, Text reason) {

    /** What changed. */
    public enum Kind {
        /** Scheduled in both at different starts. */
        MOVED,
        /** Scheduled in the baseline, deferred now. */
        DEFERRED,
        /** Deferred in the baseline (or new), scheduled now. */
        SCHEDULED
    }
}
