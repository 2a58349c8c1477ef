package vn.lotrinh.planner.core.solver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Dependency;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * Compiles a {@link Plan} into the planning problem: one {@link ComponentAssignment} per component (in plan order,
 * pinned ones at their pin, the rest deferred) and the caps, links and exclusions as facts.
 */
public final class RoadmapProblemFactory {

    private static final long MAX_VALUE_SCALE = 1_000_000;

    private RoadmapProblemFactory() {
    }

    public static RoadmapSolution create(Plan plan, Objective objective) {
        List<Component> components = plan.components();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            indexById.put(components.get(i).id(), i);
        }
        int[] earliestStarts = earliestStarts(plan, indexById);
        long valueScale = valueScale(components);
        List<ComponentAssignment> assignments = new ArrayList<>(components.size());
        for (int i = 0; i < components.size(); i++) {
            assignments.add(assignment(plan, components.get(i), i, earliestStarts[i], valueScale));
        }
        List<DependencyLink> links = new ArrayList<>();
        List<List<ComponentAssignment>> predecessors = new ArrayList<>();
        List<List<Integer>> lags = new ArrayList<>();
        List<List<ComponentAssignment>> successors = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            predecessors.add(new ArrayList<>());
            lags.add(new ArrayList<>());
            successors.add(new ArrayList<>());
        }
        for (int i = 0; i < components.size(); i++) {
            for (Dependency dependency : components.get(i).dependsOn()) {
                int predecessor = indexById.get(dependency.predecessorId());
                links.add(new DependencyLink(predecessor, i, dependency.lagPeriods()));
                predecessors.get(i).add(assignments.get(predecessor));
                lags.get(i).add(dependency.lagPeriods());
                successors.get(predecessor).add(assignments.get(i));
            }
        }
        List<ExclusionPair> exclusionPairs = exclusionPairs(components, indexById);
        List<List<ComponentAssignment>> alternatives = new ArrayList<>();
        components.forEach(c -> alternatives.add(new ArrayList<>()));
        for (ExclusionPair pair : exclusionPairs) {
            alternatives.get(pair.first()).add(assignments.get(pair.second()));
            alternatives.get(pair.second()).add(assignments.get(pair.first()));
        }
        for (int i = 0; i < components.size(); i++) {
            assignments.get(i).link(predecessors.get(i), lags.get(i), successors.get(i), alternatives.get(i));
        }
        // What follows reads the links.
        List<BudgetCap> budgetCaps = budgetCaps(plan);
        List<CapacityCap> capacityCaps = capacityCaps(plan);
        setFootprints(assignments, budgetCaps, capacityCaps, plan.fundingSources().size(), plan.resources().size());
        markNeeded(assignments);
        tightenBeforePinnedSuccessors(assignments);
        setLatestUsefulStarts(assignments);
        setCriticalTails(assignments);
        return new RoadmapSolution(objective, plan.horizon(), plan.fundingSources().size(),
                plan.resources().size(), valueScale, assignments, budgetCaps, capacityCaps,
                links, exclusionPairs);
    }

    /**
     * The earliest start each component can take: its own window or pin, and its predecessors' earliest finish plus
     * lag. Components are visited in topological order (validated plans are acyclic).
     */
    private static int[] earliestStarts(Plan plan, Map<String, Integer> indexById) {
        List<Component> components = plan.components();
        int n = components.size();
        int[] earliest = new int[n];
        int[] unvisitedPredecessors = new int[n];
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Component component = components.get(i);
            earliest[i] = component.isPinned() ? component.pinnedStart()
                    : component.earliestStart() == null ? 0 : component.earliestStart();
            unvisitedPredecessors[i] = component.dependsOn().size();
            successors.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (Dependency dependency : components.get(i).dependsOn()) {
                successors.get(indexById.get(dependency.predecessorId())).add(i);
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (unvisitedPredecessors[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int p = ready.poll();
            for (int i : successors.get(p)) {
                Component successor = components.get(i);
                if (!successor.isPinned()) {
                    int lag = successor.dependsOn().stream()
                            .filter(d -> d.predecessorId().equals(components.get(p).id()))
                            .mapToInt(Dependency::lagPeriods).max().orElse(0);
                    earliest[i] = Math.max(earliest[i], earliest[p] + components.get(p).durationPeriods() + lag);
                }
                if (--unvisitedPredecessors[i] == 0) {
                    ready.add(i);
                }
            }
        }
        return earliest;
    }

    private static ComponentAssignment assignment(Plan plan, Component component, int index, int earliestStart,
            long valueScale) {
        int horizon = plan.horizon();
        int duration = component.durationPeriods();
        int latestStart = horizon - duration;
        if (component.latestFinish() != null) {
            latestStart = Math.min(latestStart, component.latestFinish() - duration + 1);
        }
        List<FundingSource> sources = plan.fundingSources();
        long[][] fundedCapex = new long[sources.size()][duration];
        long[] fundedOpex = new long[sources.size()];
        for (int f = 0; f < sources.size(); f++) {
            String source = sources.get(f).id();
            for (int k = 0; k < duration; k++) {
                fundedCapex[f][k] = component.fundedMilli(source, component.capexAtOffsetMilli(k));
            }
            fundedOpex[f] = plan.economics().opexInBudget()
                    ? component.fundedMilli(source, component.opexPerPeriodMilli())
                    : 0;
        }
        List<Resource> resources = plan.resources();
        long[] demand = new long[resources.size()];
        for (int r = 0; r < resources.size(); r++) {
            demand[r] = component.demandMilli().getOrDefault(resources.get(r).id(), 0L);
        }
        long scaledValue = BigDecimal.valueOf(component.value()).multiply(BigDecimal.valueOf(valueScale))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new ComponentAssignment(component.id(), index, duration, horizon, component.isMust(), scaledValue,
                component.isPinned() ? component.pinnedStart() : earliestStart,
                component.isPinned() ? component.pinnedStart() : latestStart,
                component.earliestStart(), component.latestFinish(), component.pinnedStart(),
                fundedCapex, fundedOpex, demand);
    }

    /** MUST and pinned components and everything they transitively depend on. */
    private static void markNeeded(List<ComponentAssignment> assignments) {
        ArrayDeque<ComponentAssignment> toVisit = new ArrayDeque<>();
        assignments.stream().filter(a -> a.isMust() || a.isPinned()).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            ComponentAssignment assignment = toVisit.poll();
            if (!assignment.isNeeded()) {
                assignment.setNeeded(true);
                toVisit.addAll(assignment.getPredecessors());
            }
        }
    }

    /**
     * A pinned component must be scheduled, so everything it depends on must be too, and finish (plus lag) before it
     * starts: those components' latest starts are tightened accordingly, successors before predecessors.
     */
    private static void tightenBeforePinnedSuccessors(List<ComponentAssignment> assignments) {
        boolean[] forced = new boolean[assignments.size()];
        assignments.forEach(a -> forced[a.getIndex()] = a.isPinned());
        forEachLinkSuccessorsFirst(assignments, (successor, predecessor, lag) -> {
            if (forced[successor.getIndex()] && !predecessor.isPinned()) {
                forced[predecessor.getIndex()] = true;
                predecessor.tightenLatestStart(
                        successor.getLatestStart() - lag - predecessor.getDurationPeriods());
            }
        });
    }

    /**
     * The latest start of each component that still lets every needed component depending on it start in its range:
     * a deadline for construction, not a rule (a component may start later if what needs it is deferred anyway).
     */
    private static void setLatestUsefulStarts(List<ComponentAssignment> assignments) {
        assignments.forEach(a -> a.setLatestUsefulStart(a.getLatestStart()));
        forEachLinkSuccessorsFirst(assignments, (successor, predecessor, lag) -> {
            if (successor.isNeeded()) {
                predecessor.setLatestUsefulStart(Math.min(predecessor.getLatestUsefulStart(),
                        successor.getLatestUsefulStart() - lag - predecessor.getDurationPeriods()));
            }
        });
    }

    /** Longest paths to the end of the dependency graph. */
    private static void setCriticalTails(List<ComponentAssignment> assignments) {
        assignments.forEach(a -> a.setCriticalTailPeriods(a.getDurationPeriods()));
        forEachLinkSuccessorsFirst(assignments, (successor, predecessor, lag) ->
                predecessor.setCriticalTailPeriods(Math.max(predecessor.getCriticalTailPeriods(),
                        predecessor.getDurationPeriods() + lag + successor.getCriticalTailPeriods())));
    }

    /** A dependency seen from its successor's side: {@code predecessor} must finish {@code lag} periods earlier. */
    @FunctionalInterface
    private interface LinkVisitor {
        void visit(ComponentAssignment successor, ComponentAssignment predecessor, int lag);
    }

    /**
     * Visits every dependency once, a component's links to its predecessors only after all links to its successors
     * (validated plans are acyclic), so that a value can be carried back from the end of the graph.
     */
    private static void forEachLinkSuccessorsFirst(List<ComponentAssignment> assignments, LinkVisitor visitor) {
        int[] unvisitedSuccessors = new int[assignments.size()];
        ArrayDeque<ComponentAssignment> ready = new ArrayDeque<>();
        for (ComponentAssignment assignment : assignments) {
            unvisitedSuccessors[assignment.getIndex()] = assignment.getSuccessors().size();
            if (assignment.getSuccessors().isEmpty()) {
                ready.add(assignment);
            }
        }
        while (!ready.isEmpty()) {
            ComponentAssignment successor = ready.poll();
            List<ComponentAssignment> predecessors = successor.getPredecessors();
            for (int i = 0; i < predecessors.size(); i++) {
                ComponentAssignment predecessor = predecessors.get(i);
                visitor.visit(successor, predecessor, successor.getPredecessorLags().get(i));
                if (--unvisitedSuccessors[predecessor.getIndex()] == 0) {
                    ready.add(predecessor);
                }
            }
        }
    }

    private static void setFootprints(List<ComponentAssignment> assignments, List<BudgetCap> budgetCaps,
            List<CapacityCap> capacityCaps, int fundingSources, int resources) {
        double[] capsBySource = new double[fundingSources];
        budgetCaps.forEach(cap -> capsBySource[cap.fundingSource()] += cap.capMilli());
        double[] capacityByResource = new double[resources];
        capacityCaps.forEach(cap -> capacityByResource[cap.resource()] += cap.capMilli());
        for (ComponentAssignment assignment : assignments) {
            double footprint = 0;
            for (int f = 0; f < fundingSources; f++) {
                if (capsBySource[f] > 0) {
                    footprint += assignment.fundedCapexMilli(f) / capsBySource[f];
                }
            }
            for (int r = 0; r < resources; r++) {
                if (capacityByResource[r] > 0) {
                    footprint += assignment.demandMilli(r) * (double) assignment.getDurationPeriods()
                            / capacityByResource[r];
                }
            }
            assignment.setFootprint(footprint);
        }
    }

    /** The smallest power of ten, up to a million, that makes every value integral. */
    static long valueScale(List<Component> components) {
        for (long scale = 1; scale < MAX_VALUE_SCALE; scale *= 10) {
            long s = scale;
            if (components.stream().allMatch(c -> BigDecimal.valueOf(c.value()).multiply(BigDecimal.valueOf(s))
                    .stripTrailingZeros().scale() <= 0)) {
                return scale;
            }
        }
        return MAX_VALUE_SCALE;
    }

    private static List<BudgetCap> budgetCaps(Plan plan) {
        List<String> sourceIds = plan.fundingSources().stream().map(FundingSource::id).toList();
        List<BudgetCap> caps = new ArrayList<>();
        for (Budget budget : plan.budgets()) {
            caps.add(new BudgetCap(budget.describe(), sourceIds.indexOf(budget.fundingSourceId()),
                    budget.firstPeriod(), budget.lastPeriod(), budget.amountMilli(), budget.isPhaseBudget()));
        }
        return caps;
    }

    private static List<CapacityCap> capacityCaps(Plan plan) {
        List<CapacityCap> caps = new ArrayList<>();
        List<Resource> resources = plan.resources();
        for (int r = 0; r < resources.size(); r++) {
            String resource = resources.get(r).id();
            boolean demanded = plan.components().stream().anyMatch(c -> c.demandMilli().getOrDefault(resource, 0L) > 0);
            if (!demanded) {
                continue;
            }
            for (int t = 0; t < plan.horizon(); t++) {
                int period = t;
                int resourceIndex = r;
                plan.capacityMilli(resource, t).ifPresent(cap -> caps.add(
                        new CapacityCap(resource + " " + plan.calendar().label(period), resourceIndex, period, cap)));
            }
        }
        return caps;
    }

    private static List<ExclusionPair> exclusionPairs(List<Component> components, Map<String, Integer> indexById) {
        Set<ExclusionPair> pairs = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            for (String excluded : components.get(i).excludes()) {
                int j = indexById.get(excluded);
                pairs.add(new ExclusionPair(Math.min(i, j), Math.max(i, j)));
            }
        }
        return pairs.stream()
                .sorted((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                        : Integer.compare(a.second(), b.second()))
                .toList();
    }
}
