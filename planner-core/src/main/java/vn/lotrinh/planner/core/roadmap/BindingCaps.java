package vn.lotrinh.planner.core.roadmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.CapabilityOverlaps;
import vn.lotrinh.planner.core.plan.CapabilityOverlaps.DuplicatePair;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.DependencyGraph;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Replacements;
import vn.lotrinh.planner.core.plan.Replacements.Replacement;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * Finds where a roadmap's money and staff are tight: the caps that bind. A cap binds when some component could take a
 * start its window and its predecessors (where they are scheduled) allow — any such start for a deferred component,
 * an earlier one for a scheduled component — but would then spend or demand more there than the cap has left beside
 * the others. Up to {@value #MAX_STARTS_TRIED} such starts are tried per component, evenly spread, after what it
 * replaces and before what replaces it. Components held back by something else (a deferred predecessor, a scheduled
 * alternative or provider of the same capability) are not counted. Cheap: from the roadmap and
 * its plan alone, without a solve. Stateless and thread-safe.
 */
public final class BindingCaps {

    static final int MAX_STARTS_TRIED = 12;

    /** The binding caps of the schedule, budgets in plan order then capacities by resource and period. */
    public List<CapUse> of(Plan plan, Map<String, Integer> starts) {
        Schedule schedule = new Schedule(plan, starts);
        List<Cap> caps = caps(schedule);
        List<Component> components = plan.components();
        Set<Integer> besideDuplicates = besideScheduledDuplicates(schedule);
        Replacements replacements = Replacements.of(components);
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            if (besideDuplicates.contains(i)) {
                continue;
            }
            for (int start : startsTried(schedule, replacements, i)) {
                for (Cap cap : caps) {
                    long released = schedule.isScheduled(component)
                            ? cap.drawMilli(schedule, component, schedule.start(component)) : 0;
                    if (cap.drawMilli(schedule, component, start) > cap.capMilli - cap.usedMilli + released) {
                        cap.holdsBack.add(component.id());
                    }
                }
            }
        }
        return caps.stream().filter(cap -> !cap.holdsBack.isEmpty()).map(cap -> cap.use(plan)).toList();
    }

    /** The starts the component could take instead of where it is, as far as its window and predecessors allow. */
    private static List<Integer> startsTried(Schedule schedule, Replacements replacements, int index) {
        Plan plan = schedule.plan();
        Component component = plan.components().get(index);
        DependencyGraph graph = plan.dependencies();
        if (component.isPinned() || isExcluded(schedule, component)) {
            return List.of();
        }
        int first = graph.earliestStart(index);
        for (Dependency dependency : component.dependsOn()) {
            Component predecessor = schedule.component(dependency.predecessorId());
            if (!schedule.isScheduled(predecessor)) {
                return List.of();
            }
            first = Math.max(first, schedule.goLive(predecessor) + dependency.lagPeriods());
        }
        int last = schedule.isScheduled(component) ? schedule.start(component) - 1 : graph.latestStart(index);
        for (Replacement replacement : replacements.all()) {
            Component older = plan.components().get(replacement.older());
            Component newer = plan.components().get(replacement.newer());
            if (replacement.newer() == index && schedule.isScheduled(older)) {
                first = Math.max(first, schedule.goLive(older));
            } else if (replacement.older() == index && schedule.isScheduled(newer)) {
                last = Math.min(last, schedule.start(newer) - component.durationPeriods());
            }
        }
        List<Integer> tried = new ArrayList<>();
        int count = last - first + 1;
        for (int k = 0; k < Math.min(count, MAX_STARTS_TRIED); k++) {
            tried.add(count <= MAX_STARTS_TRIED ? first + k
                    : first + (int) Math.round((double) k * (count - 1) / (MAX_STARTS_TRIED - 1)));
        }
        return tried;
    }

    /** The components (plan indexes) that deliver a capability a scheduled component delivers too. */
    private static Set<Integer> besideScheduledDuplicates(Schedule schedule) {
        Set<Integer> blocked = new HashSet<>();
        List<Component> components = schedule.components();
        for (DuplicatePair pair : CapabilityOverlaps.of(schedule.plan()).duplicatePairs()) {
            if (schedule.isScheduled(components.get(pair.first()))) {
                blocked.add(pair.second());
            }
            if (schedule.isScheduled(components.get(pair.second()))) {
                blocked.add(pair.first());
            }
        }
        return blocked;
    }

    private static boolean isExcluded(Schedule schedule, Component component) {
        for (Component other : schedule.components()) {
            boolean alternatives = component.excludes().contains(other.id()) || other.excludes().contains(component.id());
            if (alternatives && schedule.isScheduled(other)) {
                return true;
            }
        }
        return false;
    }

    private static List<Cap> caps(Schedule schedule) {
        Plan plan = schedule.plan();
        List<Cap> caps = new ArrayList<>();
        for (Budget budget : plan.budgets()) {
            caps.add(new Cap(budget, null, -1, budget.amountMilli()));
        }
        for (Resource resource : plan.resources()) {
            for (int period = 0; period < plan.horizon(); period++) {
                int capped = period;
                plan.capacityMilli(resource.id(), period)
                        .ifPresent(capacity -> caps.add(new Cap(null, resource, capped, capacity)));
            }
        }
        for (Cap cap : caps) {
            for (Component component : schedule.components()) {
                if (schedule.isScheduled(component)) {
                    cap.usedMilli += cap.drawMilli(schedule, component, schedule.start(component));
                }
            }
        }
        return caps;
    }

    /** One budget or one resource's capacity in one period, what the roadmap uses of it, and whom it holds back. */
    private static final class Cap {

        private final Budget budget;
        private final Resource resource;
        private final int period;
        private final long capMilli;
        private long usedMilli;
        private final Set<String> holdsBack = new LinkedHashSet<>();

        Cap(Budget budget, Resource resource, int period, long capMilli) {
            this.budget = budget;
            this.resource = resource;
            this.period = period;
            this.capMilli = capMilli;
        }

        /** What the component would spend from or demand of this cap if it started at {@code start}. */
        long drawMilli(Schedule schedule, Component component, int start) {
            if (budget == null) {
                boolean underImplementation = period >= start && period < start + component.durationPeriods();
                return underImplementation ? component.demandMilli().getOrDefault(resource.id(), 0L) : 0;
            }
            long draw = 0;
            for (int t = budget.firstPeriod(); t <= budget.lastPeriod(); t++) {
                draw += schedule.spendingMilliIfStarting(component, start, budget.fundingSourceId(), t);
            }
            return draw;
        }

        CapUse use(Plan plan) {
            CapUse.Kind kind = budget == null ? CapUse.Kind.CAPACITY
                    : budget.isPhaseBudget() ? CapUse.Kind.PHASE_BUDGET : CapUse.Kind.PERIOD_BUDGET;
            String label = budget == null ? plan.calendar().label(period) : budget.period();
            return new CapUse(kind, budget == null ? null : budget.fundingSourceId(),
                    resource == null ? null : resource.id(), label, budget == null ? null : budget.phaseId(),
                    Money.toUnits(usedMilli), Money.toUnits(capMilli), Money.toUnits(capMilli - usedMilli),
                    List.copyOf(holdsBack));
        }
    }
}
