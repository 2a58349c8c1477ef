package vn.lotrinh.planner.core.plan;

/** What a component's own fields say about its start, before its dependencies are followed. Periods are indexes. */
public interface OwnTiming {

    /** Periods of implementation, ≥ 1. */
    int durationPeriods();

    /** First allowed start period, or {@code null}. */
    Integer earliestStart();

    /** Fixed start period, or {@code null}. */
    Integer pinnedStart();

    default boolean isPinned() {
        return pinnedStart() != null;
    }
}
