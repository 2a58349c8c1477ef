package vn.lotrinh.planner.core.plan.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.EarliestStarts;
import vn.lotrinh.planner.core.plan.OwnTiming;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.read.ResolvedDependencies.Edge;

/**
 * The rules for when a component can run: its duration against the horizon, its own window
 * ({@code earliestStart … latestFinish}), its pin, and what its dependencies force.
 *
 * <p>Along the dependency graph (only when it has no cycle) each component whose own timing holds gets its earliest
 * possible start from {@link EarliestStarts}, the pass the plan's graph uses too; links to a component whose timing is
 * invalid, and links with an invalid lag, are not followed. The dependencies are an error when they
 * keep a component from its pin or from its {@code latestFinish}, or keep a {@code MUST} component out of the horizon.
 * A component that is neither, and that its predecessors push past the horizon, is valid: it will be deferred.
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

    /** Checks duration, window and pin of one component on their own; true when they hold. */
    private boolean checkOwnTiming(ComponentFacts c) {
        int horizon = calendar.periods();
        int duration = c.durationPeriods();
        Integer earliest = c.earliestStart();
        Integer latest = c.latestFinish();
        Integer pin = c.pinnedStart();
        String name = c.displayName();
        if (duration > horizon) {
            report(c, "duration", name + " takes " + periods(duration) + ", longer than the horizon of "
                    + periods(horizon) + " (" + span(0, horizon - 1) + ")");
            return false;
        }
        if (earliest != null && latest != null && earliest > latest) {
            report(c, "latestFinish", name + " has latestFinish " + label(latest) + " before its earliestStart "
                    + label(earliest));
            return false;
        }
        if (latest != null && earliest != null && latest - earliest + 1 < duration) {
            report(c, "latestFinish", name + " takes " + periods(duration) + ", but its window "
                    + span(earliest, latest) + " holds only " + periods(latest - earliest + 1));
            return false;
        }
        if (latest != null && duration - 1 > latest) {
            report(c, "latestFinish", name + " takes " + periods(duration) + ", so it finishes in "
                    + label(duration - 1) + " at the earliest, after its latestFinish " + label(latest));
            return false;
        }
        if (earliest != null && earliest + duration > horizon) {
            report(c, "earliestStart", name + " takes " + periods(duration) + ", so starting in " + label(earliest)
                    + " at the earliest it cannot finish inside the horizon, which ends in " + label(horizon - 1));
            return false;
        }
        if (pin == null) {
            return true;
        }
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
        for (int i : graph.order()) {
            if (!ownTimingValid[i]) {
                continue;
            }
            ComponentFacts c = components.get(i);
            if (c.isPinned()) {
                checkPinAgainstPredecessors(c, graph.predecessors().get(i), ownTimingValid, starts.latestPredecessor(i),
                        starts);
                continue;
            }
            Link holdingUp = starts.heldUpBy(i);
            if (holdingUp == null) {
                continue;
            }
            int finish = starts.earliestStart(i) + c.durationPeriods() - 1;
            if (c.latestFinish() != null && finish > c.latestFinish()) {
                report(c, "latestFinish", c.displayName() + " cannot finish by its latestFinish "
                        + label(c.latestFinish()) + ": " + waitingFor(holdingUp, starts)
                        + ", so it finishes in " + label(finish) + " at the earliest");
            } else if (c.priority() == Priority.MUST && finish >= calendar.periods()) {
                report(c, "priority", "MUST " + c.displayName() + " cannot be scheduled inside the horizon, which"
                        + " ends in " + label(calendar.periods() - 1) + ": " + waitingFor(holdingUp, starts)
                        + ", so it finishes in " + label(finish) + " at the earliest");
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
                        + label(p.pinnedStart() + p.durationPeriods() - 1) + lag(edge.lagPeriods())
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
        String via = chain.size() > 1 ? " (via " + chain.stream().collect(Collectors.joining(" → ")) + ")" : "";
        int finish = starts.earliestStart(p) + components.get(p).durationPeriods() - 1;
        return "its predecessor " + Checks.quote(components.get(p).id()) + " cannot finish before " + label(finish)
                + via + lag(link.lagPeriods());
    }

    private static String lag(int lagPeriods) {
        return lagPeriods > 0 ? ", followed by a lag of " + periods(lagPeriods) : "";
    }

    private void report(ComponentFacts c, String member, String message) {
        checks.report(Pointers.member(c.pointer(), member), message);
    }

    private String label(int period) {
        return calendar.label(period);
    }

    private String span(int first, int last) {
        return first == last ? label(first) : label(first) + "–" + label(last);
    }

    private static String periods(int count) {
        return count == 1 ? "1 period" : count + " periods";
    }
}
