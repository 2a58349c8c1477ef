package vn.lotrinh.planner.core.plan.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.EarliestStarts;
import vn.lotrinh.planner.core.plan.OwnTiming;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.read.ResolvedDependencies.Edge;

/**
 * The rules for when a component can run: its duration against the horizon, its own window
 * ({@code earliestStart … latestFinish}), its pin, and what its dependencies force.
 *
 * <p>Along the dependency graph (only when it has no cycle) each component whose own timing holds gets its earliest
 * possible start from {@link EarliestStarts}, the pass the plan's graph uses too; links to a component whose timing is
 * invalid, and links with an invalid lag, are not followed. What only keeps one component from ever being scheduled —
 * a window shorter than its duration, predecessors that push it past its {@code latestFinish} or the horizon, even for
 * a {@code MUST} component — is no error: the plan is stored, the component deferred, and {@link PlanWarnings} says
 * why. A contradiction is: a window that ends before it begins, and a pinned component that cannot run at its pin,
 * because of its own window, the horizon, or predecessors that finish too late or can never be scheduled.
 */
final class TimeRules {

    /** A component's own timing, for the pass along the dependencies. */
    private record Timing(int durationPeriods, Integer earliestStart, Integer pinnedStart) implements OwnTiming {
    }

    private final Checks checks;
    private final PlanCalendar calendar;
    private final List<ComponentFacts> components;

    TimeRules(Checks checks, PlanCalendar calendar, List<ComponentFacts> components) {
        this.checks = checks;
        this.calendar = calendar;
        this.components = components;
    }

    void check(ResolvedDependencies graph) {
        if (calendar == null) {
            return;
        }
        int n = components.size();
        boolean[] ownTimingValid = new boolean[n];
        for (int i = 0; i < n; i++) {
            ownTimingValid[i] = components.get(i).timingKnown() && checkOwnTiming(components.get(i));
        }
        if (graph.isAcyclic()) {
            checkDependencies(graph, ownTimingValid);
        }
    }

    /**
     * Checks duration, window and pin of one component on their own; true when they hold. A window that leaves no start
     * is an error only for a pinned component: any other is stored and deferred, and {@link PlanWarnings} says why.
     */
    private boolean checkOwnTiming(ComponentFacts c) {
        Integer earliest = c.earliestStart();
        Integer latest = c.latestFinish();
        Integer pin = c.pinnedStart();
        Text name = c.displayName();
        if (earliest != null && latest != null && earliest > latest) {
            report(c, "latestFinish", Text.format("{0} has latestFinish {1} before its earliestStart {2}",
                    "{0} có latestFinish {1} trước earliestStart {2}", name, label(latest), label(earliest)));
            return false;
        }
        OwnWindow.Impossibility impossibility = OwnWindow.impossibility(name, c.durationPeriods(), earliest, latest,
                calendar);
        if (impossibility != null) {
            if (pin != null) {
                report(c, impossibility.member(), impossibility.message());
            }
            return false;
        }
        if (pin == null) {
            return true;
        }
        int duration = c.durationPeriods();
        int horizon = calendar.periods();
        Text pinned = pinned(name, pin);
        int pinnedFinish = pin + duration - 1;
        if (earliest != null && pin < earliest) {
            report(c, "pinnedStart", Text.format("{0}, before its earliestStart {1}", "{0}, trước earliestStart {1}",
                    pinned, label(earliest)));
            return false;
        }
        if (latest != null && pinnedFinish > latest) {
            report(c, "pinnedStart", Text.format("{0} and takes {1}, so it finishes in {2}, after its latestFinish {3}",
                    "{0} và kéo dài {1}, nên hoàn thành vào {2}, sau latestFinish {3}", pinned, periods(duration),
                    label(pinnedFinish), label(latest)));
            return false;
        }
        if (pinnedFinish >= horizon) {
            report(c, "pinnedStart", Text.format("{0} and takes {1}, so it finishes in {2}, after the horizon ends in"
                    + " {3}", "{0} và kéo dài {1}, nên hoàn thành vào {2}, sau khi kỳ kế hoạch kết thúc vào {3}",
                    pinned, periods(duration), label(pinnedFinish), label(horizon - 1)));
            return false;
        }
        return true;
    }

    private void checkDependencies(ResolvedDependencies graph, boolean[] ownTimingValid) {
        List<OwnTiming> timings = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            ComponentFacts c = components.get(i);
            timings.add(ownTimingValid[i] ? new Timing(c.durationPeriods(), c.earliestStart(), c.pinnedStart()) : null);
        }
        List<List<Link>> links = graph.predecessors().stream()
                .map(edges -> edges.stream()
                        .filter(edge -> edge.lagPeriods() != null)
                        .map(edge -> new Link(edge.predecessor(), edge.lagPeriods()))
                        .toList())
                .toList();
        EarliestStarts starts = EarliestStarts.along(graph.order(), links, timings);
        boolean[] schedulable = new boolean[components.size()];
        for (int i : graph.order()) {
            ComponentFacts c = components.get(i);
            schedulable[i] = ownTimingValid[i] && graph.predecessors().get(i).stream()
                    .allMatch(edge -> schedulable[edge.predecessor()]);
            if (!ownTimingValid[i]) {
                continue;
            }
            if (c.isPinned()) {
                checkPinAgainstUnschedulable(c, graph.predecessors().get(i), schedulable);
                checkPinAgainstPredecessors(c, graph.predecessors().get(i), ownTimingValid, starts.latestPredecessor(i),
                        starts);
                continue;
            }
            int finish = starts.earliestStart(i) + c.durationPeriods() - 1;
            int lastFinish = c.latestFinish() == null ? calendar.periods() - 1
                    : Math.min(c.latestFinish(), calendar.periods() - 1);
            schedulable[i] &= finish <= lastFinish;
        }
    }

    /** A pinned component is always scheduled, so each of its predecessors must be schedulable. */
    private void checkPinAgainstUnschedulable(ComponentFacts c, List<Edge> edges, boolean[] schedulable) {
        for (Edge edge : edges) {
            if (!schedulable[edge.predecessor()]) {
                checks.report(edge.entryPointer(), Text.format("{0}, but its predecessor {1} can never be scheduled"
                        + " inside the horizon and its window", "{0}, nhưng hạng mục đi trước {1} không bao giờ xếp"
                        + " lịch được trong kỳ kế hoạch và khung thời gian của nó", pinned(c.displayName(),
                        c.pinnedStart()), Checks.quote(components.get(edge.predecessor()).id())));
            }
        }
    }

    /**
     * A pinned predecessor that finishes too late breaks that one dependency; otherwise the predecessor that holds the
     * component up longest is named with the chain behind it.
     */
    private void checkPinAgainstPredecessors(ComponentFacts c, List<Edge> edges, boolean[] ownTimingValid,
            Link latestPredecessor, EarliestStarts starts) {
        int pin = c.pinnedStart();
        Text pinned = pinned(c.displayName(), pin);
        boolean brokenByPin = false;
        for (Edge edge : edges) {
            ComponentFacts p = components.get(edge.predecessor());
            if (!p.isPinned() || !ownTimingValid[edge.predecessor()] || edge.lagPeriods() == null) {
                continue;
            }
            int ready = p.pinnedStart() + p.durationPeriods() + edge.lagPeriods();
            if (ready > pin) {
                checks.report(edge.entryPointer(), Text.format("{0}, but its predecessor {1} is pinned to start in"
                        + " {2} and finishes in {3}{4}: it can start in {5} at the earliest", "{0}, nhưng hạng mục đi"
                        + " trước {1} được ghim bắt đầu vào {2} và hoàn thành vào {3}{4}: sớm nhất nó bắt đầu được vào"
                        + " {5}", pinned, Checks.quote(p.id()), label(p.pinnedStart()),
                        label(p.pinnedStart() + p.durationPeriods() - 1), PredecessorWait.lag(edge.lagPeriods()),
                        label(ready)));
                brokenByPin = true;
            }
        }
        if (!brokenByPin && latestPredecessor != null && starts.readyAfter(latestPredecessor) > pin) {
            report(c, "pinnedStart", Text.format("{0}, but {1}, so it can start in {2} at the earliest",
                    "{0}, nhưng {1}, nên sớm nhất nó bắt đầu được vào {2}", pinned,
                    waitingFor(latestPredecessor, starts), label(starts.readyAfter(latestPredecessor))));
        }
    }

    /** {@code its predecessor "KDL" cannot finish before 2024 (via TTDL → LGSP → KDL)}, with the lag if any. */
    private Text waitingFor(Link link, EarliestStarts starts) {
        int p = link.component();
        List<String> chain = new ArrayList<>();
        for (Link along = link; along != null; along = starts.heldUpBy(along.component())) {
            chain.add(components.get(along.component()).id());
        }
        Collections.reverse(chain);
        int finish = starts.earliestStart(p) + components.get(p).durationPeriods() - 1;
        return PredecessorWait.describe(chain, label(finish), link.lagPeriods());
    }

    /** {@code component "SOC" is pinned to start in 2023}. */
    private Text pinned(Text name, int pin) {
        return Text.format("{0} is pinned to start in {1}", "{0} được ghim bắt đầu vào {1}", name, label(pin));
    }

    private void report(ComponentFacts c, String member, Text message) {
        checks.report(Pointers.member(c.pointer(), member), message);
    }

    private String label(int period) {
        return calendar.label(period);
    }

    private static Text periods(int count) {
        return OwnWindow.periods(count);
    }
}
