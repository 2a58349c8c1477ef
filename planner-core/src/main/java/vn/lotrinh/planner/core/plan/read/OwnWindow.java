package vn.lotrinh.planner.core.plan.read;

import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * Whether a component's own duration and window leave it a start inside the horizon, and if not why, in words: a
 * window shorter than the duration, a duration longer than the horizon, a {@code latestFinish} too early or an
 * {@code earliestStart} too late. Such a component is an error when pinned and otherwise a warning: it is deferred.
 */
final class OwnWindow {

    /** Why the window leaves no start, and the member of the component that says so. */
    record Impossibility(String member, String message) {
    }

    private OwnWindow() {
    }

    /** Why {@code name}'s own window leaves it no start, or {@code null} when it leaves one. */
    static Impossibility impossibility(String name, int duration, Integer earliest, Integer latest,
            PlanCalendar calendar) {
        int horizon = calendar.periods();
        if (duration > horizon) {
            return new Impossibility("duration", name + " takes " + periods(duration) + ", longer than the horizon of "
                    + periods(horizon) + " (" + span(calendar, 0, horizon - 1) + ")");
        }
        if (latest != null && earliest != null && latest - earliest + 1 < duration) {
            return new Impossibility("latestFinish", name + " takes " + periods(duration) + ", but its window "
                    + span(calendar, earliest, latest) + " holds only " + periods(latest - earliest + 1));
        }
        if (latest != null && duration - 1 > latest) {
            return new Impossibility("latestFinish", name + " takes " + periods(duration) + ", so it finishes in "
                    + calendar.label(duration - 1) + " at the earliest, after its latestFinish "
                    + calendar.label(latest));
        }
        if (earliest != null && earliest + duration > horizon) {
            return new Impossibility("earliestStart", name + " takes " + periods(duration) + ", so starting in "
                    + calendar.label(earliest) + " at the earliest it cannot finish inside the horizon, which ends in "
                    + calendar.label(horizon - 1));
        }
        return null;
    }

    static String span(PlanCalendar calendar, int first, int last) {
        return first == last ? calendar.label(first) : calendar.label(first) + "–" + calendar.label(last);
    }

    static String periods(int count) {
        return count == 1 ? "1 period" : count + " periods";
    }
}
