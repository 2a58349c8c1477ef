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
        String name = c.displayName();
        if (earliest != null && latest != null && earliest > latest) {
            report(c, "latestFinish", name + " has latestFinish " + label(latest) + " before its earliestStart "
                    + label(earliest));
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
        String pinned = name + " is pinned to start in " + label(pin);
        int pinnedFinish = pin + duration - 1;
        if (earliest != null && pin < earliest) {
            report(c, "pinnedStart", pinned + ", before its earliestStart " + label(earliest));
            return false;
        }
        if (latest != null && pinnedFinish > latest) {
            report(c, "pinnedStart", pinned + " and takes " + periods(duration) + ", so it finishes in "
                    + label(pinnedFinish) + ", after its latestFinish " + label(latest));
            return false;
        }
        if (pinnedFinish >= horizon) {
            report(c, "pinnedStart", pinned + " and takes " + periods(duration) + ", so it finishes in "
                    + label(pinnedFinish) + ", after the horizon ends in " + label(horizon - 1));
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
                checks.report(edge.entryPointer(), c.displayName() + " is pinned to start in " + label(c.pinnedStart())
                        + ", but its predecessor " + Checks.quote(components.get(edge.predecessor()).id())
                        + " can never be scheduled inside the horizon and its window");
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
        String pinned = c.displayName() + " is pinned to start in " + label(pin);
        boolean brokenByPin = false;
        for (Edge edge : edges) {
            ComponentFacts p = components.get(edge.predecessor());
            if (!p.isPinned() || !ownTimingValid[edge.predecessor()] || edge.lagPeriods() == null) {
                continue;
            }
            int ready = p.pinnedStart() + p.durationPeriods() + edge.lagPeriods();
            if (ready > pin) {
                checks.report(edge.entryPointer(), pinned + ", but its predecessor " + Checks.quote(p.id())
                        + " is pinned to start in " + label(p.pinnedStart()) + " and finishes in "
                        + label(p.pinnedStart() + p.durationPeriods() - 1) + PredecessorWait.lag(edge.lagPeriods())
                        + ": it can start in " + label(ready) + " at the earliest");
                brokenByPin = true;
            }
        }
        if (!brokenByPin && latestPredecessor != null && starts.readyAfter(latestPredecessor) > pin) {
            report(c, "pinnedStart", pinned + ", but " + waitingFor(latestPredecessor, starts)
                    + ", so it can start in " + label(starts.readyAfter(latestPredecessor)) + " at the earliest");
        }
    }

    /** {@code its predecessor "KDL" cannot finish before 2024 (via TTDL → LGSP → KDL)}, with the lag if any. */
    private String waitingFor(Link link, EarliestStarts starts) {
        int p = link.component();
        List<String> chain = new ArrayList<>();
        for (Link along = link; along != null; along = starts.heldUpBy(along.component())) {
            chain.add(components.get(along.component()).id());
        }
        Collections.reverse(chain);
        int finish = starts.earliestStart(p) + components.get(p).durationPeriods() - 1;
        return PredecessorWait.describe(chain, label(finish), link.lagPeriods());
    }

    private void report(ComponentFacts c, String member, String message) {
        checks.report(Pointers.member(c.pointer(), member), message);
    }

    private String label(int period) {
        return calendar.label(period);
    }

    private static String periods(int count) {
        return OwnWindow.periods(count);
    }
}
