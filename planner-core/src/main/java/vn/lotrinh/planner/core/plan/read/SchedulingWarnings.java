package vn.lotrinh.planner.core.plan.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.DependencyGraph;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The components of a valid plan that no roadmap can schedule, and why: their own window leaves no start inside the
 * horizon, a predecessor can never be scheduled, or their predecessors push them past their {@code latestFinish} or
 * the horizon. The plan is stored and solved; every roadmap defers them (a {@code MUST} one too, which then counts as
 * a deferred {@code MUST}). Pinned components are never among them: for those each of these is an error.
 */
final class SchedulingWarnings {

    private final Plan plan;
    private final DependencyGraph graph;
    private final boolean[] unschedulable;
    private final List<PlanWarning> warnings = new ArrayList<>();

    private SchedulingWarnings(Plan plan) {
        this.plan = plan;
        this.graph = plan.dependencies();
        this.unschedulable = new boolean[plan.components().size()];
    }

    static List<PlanWarning> of(Plan plan) {
        SchedulingWarnings found = new SchedulingWarnings(plan);
        plan.dependencies().topologicalOrder().forEach(found::check);
        found.warnings.sort((a, b) -> Integer.compare(position(a), position(b)));
        return List.copyOf(found.warnings);
    }

    private void check(int i) {
        Component component = plan.components().get(i);
        if (component.isPinned()) {
            return;
        }
        Text name = component.isMust()
                ? Text.format("MUST component {0}", "hạng mục MUST {0}", Checks.quote(component.id()))
                : Text.format("component {0}", "hạng mục {0}", Checks.quote(component.id()));
        OwnWindow.Impossibility own = OwnWindow.impossibility(name, component.durationPeriods(),
                component.earliestStart(), component.latestFinish(), plan.calendar());
        if (own != null) {
            warn(i, "/" + own.member(), own.message());
            return;
        }
        List<Link> predecessors = graph.predecessors(i);
        for (int k = 0; k < predecessors.size(); k++) {
            Link link = predecessors.get(k);
            if (unschedulable[link.component()]) {
                warn(i, "/dependsOn/" + k, Text.format("{0} depends on {1}, which can never be scheduled",
                        "{0} phụ thuộc vào {1}, hạng mục không bao giờ xếp lịch được", name, idOf(link.component())));
                return;
            }
        }
        if (graph.latestStart(i) >= graph.earliestStart(i)) {
            return;
        }
        int k = holdingUp(i);
        Link link = predecessors.get(k);
        int finish = graph.earliestStart(i) + component.durationPeriods() - 1;
        boolean byWindow = component.latestFinish() != null && component.latestFinish() < plan.horizon() - 1;
        Text where = byWindow
                ? Text.format(" cannot finish by its latestFinish {0}", " không thể hoàn thành trước latestFinish {0}",
                        label(component.latestFinish()))
                : Text.format(" cannot be scheduled inside the horizon, which ends in {0}", " không thể xếp lịch"
                        + " trong kỳ kế hoạch, vốn kết thúc vào {0}", label(plan.horizon() - 1));
        warn(i, "/dependsOn/" + k, Text.format("{0}{1}: {2}, so it finishes in {3} at the earliest",
                "{0}{1}: {2}, nên sớm nhất hoàn thành vào {3}", name, where, waitingFor(link), label(finish)));
    }

    /** The entry of the predecessor that sets the component's earliest start, or -1 when none does. */
    private int holdingUp(int component) {
        List<Link> predecessors = graph.predecessors(component);
        for (int k = 0; k < predecessors.size(); k++) {
            if (readyAfter(predecessors.get(k)) == graph.earliestStart(component)) {
                return k;
            }
        }
        return -1;
    }

    private int readyAfter(Link link) {
        return graph.earliestStart(link.component()) + plan.components().get(link.component()).durationPeriods()
                + link.lagPeriods();
    }

    /** {@code its predecessor "KDL" cannot finish before 2024 (via TTDL → LGSP → KDL)}, with the lag if any. */
    private Text waitingFor(Link link) {
        List<String> chain = new ArrayList<>();
        for (int along = link.component(); along >= 0; ) {
            chain.add(plan.components().get(along).id());
            int k = holdingUp(along);
            along = k < 0 ? -1 : graph.predecessors(along).get(k).component();
        }
        Collections.reverse(chain);
        int finish = readyAfter(link) - link.lagPeriods() - 1;
        return PredecessorWait.describe(chain, label(finish), link.lagPeriods());
    }

    private void warn(int i, String member, Text message) {
        unschedulable[i] = true;
        boolean must = plan.components().get(i).isMust();
        warnings.add(new PlanWarning("/components/" + i + member, message.plus(must
                ? Text.of(": no roadmap can schedule it, so every roadmap defers this MUST component",
                        ": không lộ trình nào xếp lịch được, nên mọi lộ trình đều hoãn hạng mục MUST này")
                : Text.of(": no roadmap can schedule it, so it is deferred",
                        ": không lộ trình nào xếp lịch được, nên hạng mục bị hoãn"))));
    }

    private Text idOf(int component) {
        return Checks.quote(plan.components().get(component).id());
    }

    private String label(int period) {
        return plan.calendar().label(period);
    }

    private static int position(PlanWarning warning) {
        String rest = warning.pointer().substring("/components/".length());
        return Integer.parseInt(rest.substring(0, rest.indexOf('/')));
    }
}
