package vn.lotrinh.planner.core.plan.read;

import vn.lotrinh.planner.core.plan.PlanCalendar;

/**
 * Whether a component's own duration and window leave it a start inside the horizon, and if not why, in words: a
 * window shorter than the duration, a duration longer than the horizon, a {@code latestFinish} too early or an
 * {@code earliestStart} too late. Such a component is an error when pinned and otherwise a warning: it is deferred.
 */
final class OwnWindow {

    /** Why the window leaves no start, and the member of the component that says so. */
    record Impossibility(String member, Text message) {
    }

    private OwnWindow() {
    }

    /** Why {@code name}'s own window leaves it no start, or {@code null} when it leaves one. */
    static Impossibility impossibility(Text name, int duration, Integer earliest, Integer latest,
            PlanCalendar calendar) {
        int horizon = calendar.periods();
        if (duration > horizon) {
            return new Impossibility("duration", Text.format("{0} takes {1}, longer than the horizon of {2} ({3})",
                    "{0} kéo dài {1}, dài hơn kỳ kế hoạch {2} ({3})", name, periods(duration), periods(horizon),
                    span(calendar, 0, horizon - 1)));
        }
        if (latest != null && earliest != null && latest - earliest + 1 < duration) {
            return new Impossibility("latestFinish", Text.format("{0} takes {1}, but its window {2} holds only {3}",
                    "{0} kéo dài {1}, nhưng khung thời gian {2} chỉ có {3}", name, periods(duration),
                    span(calendar, earliest, latest), periods(latest - earliest + 1)));
        }
        if (latest != null && duration - 1 > latest) {
            return new Impossibility("latestFinish", Text.format("{0} takes {1}, so it finishes in {2} at the"
                    + " earliest, after its latestFinish {3}", "{0} kéo dài {1}, nên sớm nhất hoàn thành vào {2}, sau"
                    + " latestFinish {3}", name, periods(duration), calendar.label(duration - 1),
                    calendar.label(latest)));
        }
        if (earliest != null && earliest + duration > horizon) {
            return new Impossibility("earliestStart", Text.format("{0} takes {1}, so starting in {2} at the earliest"
                    + " it cannot finish inside the horizon, which ends in {3}", "{0} kéo dài {1}, nên bắt đầu sớm"
                    + " nhất vào {2} thì không thể hoàn thành trong kỳ kế hoạch, vốn kết thúc vào {3}", name,
                    periods(duration), calendar.label(earliest), calendar.label(horizon - 1)));
        }
        return null;
    }

    static String span(PlanCalendar calendar, int first, int last) {
        return first == last ? calendar.label(first) : calendar.label(first) + "–" + calendar.label(last);
    }

    static Text periods(int count) {
        return count == 1 ? Text.of("1 period", "1 kỳ") : Text.format("{0} periods", "{0} kỳ", count);
    }
}
