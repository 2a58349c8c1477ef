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
import vn.lotrinh.planner.core.plan.CapabilityOverlaps;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;
import vn.lotrinh.planner.core.plan.DependencyGraph;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Replacements;
import vn.lotrinh.planner.core.plan.Resource;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;
import vn.lotrinh.planner.core.solver.domain.ComponentFacts;
import vn.lotrinh.planner.core.solver.domain.DependencyLink;
import vn.lotrinh.planner.core.solver.domain.DuplicateProviders;
import vn.lotrinh.planner.core.solver.domain.ExclusionPair;
import vn.lotrinh.planner.core.solver.domain.ReplacementLink;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.SearchHints;
import vn.lotrinh.planner.core.solver.domain.Spending;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * Compiles a {@link Plan} into the {@link RoadmapProblem} of one objective: every component's facts, built whole, and
 * the caps, dependency links, exclusions, duplicate providers of a capability and replacements. Money becomes
 * thousandths by funding source and offset, values an integral score by the smallest power of ten that makes every
 * value whole.
 */
public final class RoadmapProblemFactory {

    private static final long MAX_VALUE_SCALE = 1_000_000;

    private final Plan plan;
    private final List<Component> components;
    private final DependencyGraph graph;

    private RoadmapProblemFactory(Plan plan) {
        this.plan = plan;
        this.components = plan.components();
        this.graph = plan.dependencies();
    }

    /** The problem of the plan under the objective. */
    public static RoadmapProblem create(Plan plan, Objective objective) {
        return new RoadmapProblemFactory(plan).problem(objective, null, null);
    }

    /**
     * The problem of the plan under the objective, to be solved from a roadmap: {@code startingStarts} gives the start
     * of each component it schedules by id (deferred ones absent or {@code null}; ids the plan does not have are
     * ignored). The construction keeps every start of it that still fits the plan.
     */
    public static RoadmapProblem create(Plan plan, Objective objective, Map<String, Integer> startingStarts) {
        return new RoadmapProblemFactory(plan).problem(objective, byIndex(plan, startingStarts), null);
    }

    /**
     * The problem of re-planning from a baseline: solved from the baseline's roadmap, each change from it costing as
     * {@link Baseline} says. The caller pins what the baseline fixes (see {@link Plan#withPins}).
     */
    public static RoadmapProblem replan(Plan plan, Objective objective, Baseline baseline) {
        return new RoadmapProblemFactory(plan).problem(objective, byIndex(plan, baseline.starts()), baseline);
    }

    private static Map<Integer, Integer> byIndex(Plan plan, Map<String, Integer> starts) {
        Map<Integer, Integer> byIndex = new HashMap<>();
        starts.forEach((id, start) -> {
            int index = plan.indexOf(id);
            if (index >= 0 && start != null) {
                byIndex.put(index, start);
            }
        });
        return byIndex;
    }

    /** The planning solution of the plan under the objective: every component deferred, pinned ones at their pin. */
    public static RoadmapSolution solution(Plan plan, Objective objective) {
        return new RoadmapSolution(create(plan, objective));
    }

    private RoadmapProblem problem(Objective objective, Map<Integer, Integer> startingRoadmap, Baseline baseline) {
        int n = components.size();
        List<BudgetCap> budgetCaps = budgetCaps();
        List<CapacityCap> capacityCaps = capacityCaps();
        List<ExclusionPair> exclusionPairs = exclusionPairs();
        CapabilityOverlaps overlaps = CapabilityOverlaps.of(plan);
        List<DuplicateProviders> duplicates = overlaps.duplicatePairs().stream()
                .map(pair -> new DuplicateProviders(pair.first(), pair.second(), pair.codes())).toList();
        List<ReplacementLink> replacementLinks = Replacements.of(components).all().stream()
                .map(replacement -> new ReplacementLink(replacement.older(), replacement.newer())).toList();
        List<List<Integer>> alternatives = emptyLists(n);
        for (ExclusionPair pair : exclusionPairs) {
            alternatives.get(pair.first()).add(pair.second());
            alternatives.get(pair.second()).add(pair.first());
        }
        for (DuplicateProviders pair : duplicates) {
            alternatives.get(pair.first()).add(pair.second());
            alternatives.get(pair.second()).add(pair.first());
        }
        List<List<Integer>> replaces = emptyLists(n);
        List<List<Integer>> replacedBy = emptyLists(n);
        for (ReplacementLink link : replacementLinks) {
            replaces.get(link.newer()).add(link.older());
            replacedBy.get(link.older()).add(link.newer());
        }
        List<Timing> timings = timings();
        List<List<Spending>> spendings = components.stream().map(this::spendings).toList();
        SearchHints[] hints = hints(timings, spendings.stream().map(options -> options.get(0)).toList(), budgetCaps,
                capacityCaps);
        long valueScale = valueScaleOf(plan);
        long frameworkBonus = scaled(plan.frameworkPreference().doubleValue(), valueScale);
        List<ComponentFacts> facts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Component component = components.get(i);
            facts.add(new ComponentFacts(component.id(), i, component.isMust(), scaled(component.value(), valueScale),
                    deliversRequired(component) ? frameworkBonus : 0, timings.get(i), spendings.get(i),
                    graph.predecessors(i), graph.successors(i), alternatives.get(i), replaces.get(i),
                    replacedBy.get(i), hints[i], baseline == null ? null : startingRoadmap.get(i)));
        }
        List<DependencyLink> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Link link : graph.predecessors(i)) {
                links.add(new DependencyLink(link.component(), i, link.lagPeriods()));
            }
        }
        return new RoadmapProblem(objective, plan.horizon(), plan.fundingSources().size(), plan.resources().size(),
                facts, budgetCaps, capacityCaps, links, exclusionPairs, duplicates, replacementLinks, startingRoadmap,
                baseline == null ? 0 : stabilityWeight(objective, baseline, facts), baseline != null);
    }

    /** Each component's allowed starts, from the plan's dependency graph (see {@link DependencyGraph}). */
    private List<Timing> timings() {
        List<Timing> timings = new ArrayList<>(components.size());
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            timings.add(new Timing(component.durationPeriods(), plan.horizon(), graph.earliestStart(i),
                    graph.latestStart(i), component.earliestStart(), component.latestFinish(), component.pinnedStart()));
        }
        return timings;
    }

    /** What the component draws on the caps paid from each of its funding options. */
    private List<Spending> spendings(Component component) {
        List<Spending> options = new ArrayList<>();
        for (int option = 0; option < component.fundingOptions().size(); option++) {
            options.add(spending(component.fundedBy(option)));
        }
        return options;
    }

    private Spending spending(Component component) {
        int duration = component.durationPeriods();
        List<FundingSource> sources = plan.fundingSources();
        long[][] capex = new long[sources.size()][duration];
        long[] opex = new long[sources.size()];
        for (int f = 0; f < sources.size(); f++) {
            String source = sources.get(f).id();
            for (int k = 0; k < duration; k++) {
                capex[f][k] = component.fundedMilli(source, component.capexAtOffsetMilli(k));
            }
            opex[f] = plan.economics().opexInBudget() ? component.fundedMilli(source, component.opexPerPeriodMilli())
                    : 0;
        }
        List<Resource> resources = plan.resources();
        long[] demand = new long[resources.size()];
        for (int r = 0; r < resources.size(); r++) {
            demand[r] = component.demandMilli().getOrDefault(resources.get(r).id(), 0L);
        }
        return new Spending(capex, opex, demand, plan.horizon());
    }

    private SearchHints[] hints(List<Timing> timings, List<Spending> spendings, List<BudgetCap> budgetCaps,
            List<CapacityCap> capacityCaps) {
        int n = components.size();
        boolean[] needed = needed();
        int[] latestUsefulStart = new int[n];
        int[] criticalTail = new int[n];
        for (int i = 0; i < n; i++) {
            latestUsefulStart[i] = timings.get(i).lastStart();
            criticalTail[i] = components.get(i).durationPeriods();
        }
        // Successors first: a value carried back from the end of the graph is final when it is used.
        List<Integer> order = graph.topologicalOrder();
        for (int k = order.size() - 1; k >= 0; k--) {
            int successor = order.get(k);
            for (Link link : graph.predecessors(successor)) {
                int predecessor = link.component();
                int duration = components.get(predecessor).durationPeriods();
                if (needed[successor]) {
                    latestUsefulStart[predecessor] = Math.min(latestUsefulStart[predecessor],
                            latestUsefulStart[successor] - link.lagPeriods() - duration);
                }
                criticalTail[predecessor] = Math.max(criticalTail[predecessor],
                        duration + link.lagPeriods() + criticalTail[successor]);
            }
        }
        double[] capsBySource = new double[plan.fundingSources().size()];
        budgetCaps.forEach(cap -> capsBySource[cap.fundingSource()] += cap.capMilli());
        double[] capacityByResource = new double[plan.resources().size()];
        capacityCaps.forEach(cap -> capacityByResource[cap.resource()] += cap.capMilli());
        SearchHints[] hints = new SearchHints[n];
        for (int i = 0; i < n; i++) {
            hints[i] = new SearchHints(needed[i], footprint(spendings.get(i), components.get(i).durationPeriods(),
                    capsBySource, capacityByResource), criticalTail[i], latestUsefulStart[i]);
        }
        return hints;
    }

    /** MUST and pinned components and everything they transitively depend on. */
    private boolean[] needed() {
        boolean[] needed = new boolean[components.size()];
        ArrayDeque<Integer> toVisit = new ArrayDeque<>();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).isMust() || components.get(i).isPinned()) {
                toVisit.add(i);
            }
        }
        while (!toVisit.isEmpty()) {
            int i = toVisit.poll();
            if (!needed[i]) {
                needed[i] = true;
                graph.predecessors(i).forEach(link -> toVisit.add(link.component()));
            }
        }
        return needed;
    }

    private static double footprint(Spending spending, int durationPeriods, double[] capsBySource,
            double[] capacityByResource) {
        double footprint = 0;
        for (int f = 0; f < capsBySource.length; f++) {
            if (capsBySource[f] > 0) {
                footprint += spending.capexMilli(f) / capsBySource[f];
            }
        }
        for (int r = 0; r < capacityByResource.length; r++) {
            if (capacityByResource[r] > 0) {
                footprint += spending.demandMilli(r) * (double) durationPeriods / capacityByResource[r];
            }
        }
        return footprint;
    }

    /**
     * What a period of change costs a re-plan: the baseline's stability times the value of one period of the median
     * component (one period of early finish under {@code MIN_MAKESPAN}), at least 1 unless the stability is 0.
     */
    private static long stabilityWeight(Objective objective, Baseline baseline, List<ComponentFacts> facts) {
        long[] values = facts.stream().mapToLong(ComponentFacts::scaledValue).sorted().toArray();
        long unit = objective == Objective.MIN_MAKESPAN || values.length == 0 ? 1 : values[values.length / 2];
        long weight = baseline.stability().multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return baseline.stability().signum() > 0 ? Math.max(1, weight) : 0;
    }

    /**
     * What the plan's values are multiplied by in its problems' scores: the smallest power of ten, up to a million,
     * that makes every value and the framework preference integral.
     */
    public static long valueScaleOf(Plan plan) {
        List<BigDecimal> values = new ArrayList<>();
        plan.components().forEach(component -> values.add(BigDecimal.valueOf(component.value())));
        values.add(plan.frameworkPreference());
        for (long scale = 1; scale < MAX_VALUE_SCALE; scale *= 10) {
            BigDecimal factor = BigDecimal.valueOf(scale);
            if (values.stream().allMatch(value -> value.multiply(factor).stripTrailingZeros().scale() <= 0)) {
                return scale;
            }
        }
        return MAX_VALUE_SCALE;
    }

    /** Whether the component builds a capability the plan's catalogue requires of a province. */
    private boolean deliversRequired(Component component) {
        return component.capabilities().delivers().stream()
                .map(code -> plan.framework().entry(code).orElseThrow())
                .anyMatch(entry -> entry.isRequired() && !entry.isNational());
    }

    private static List<List<Integer>> emptyLists(int count) {
        List<List<Integer>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static long scaled(double value, long valueScale) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(valueScale))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private List<BudgetCap> budgetCaps() {
        List<String> sourceIds = plan.fundingSources().stream().map(FundingSource::id).toList();
        List<BudgetCap> caps = new ArrayList<>();
        for (Budget budget : plan.budgets()) {
            caps.add(new BudgetCap(budget.describe(), sourceIds.indexOf(budget.fundingSourceId()),
                    budget.firstPeriod(), budget.lastPeriod(), budget.amountMilli(), budget.isPhaseBudget()));
        }
        return caps;
    }

    private List<CapacityCap> capacityCaps() {
        List<CapacityCap> caps = new ArrayList<>();
        List<Resource> resources = plan.resources();
        for (int r = 0; r < resources.size(); r++) {
            String resource = resources.get(r).id();
            boolean demanded = components.stream().anyMatch(c -> c.demandMilli().getOrDefault(resource, 0L) > 0);
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

    private List<ExclusionPair> exclusionPairs() {
        Set<ExclusionPair> pairs = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            for (String excluded : components.get(i).excludes()) {
                int j = plan.indexOf(excluded);
                pairs.add(new ExclusionPair(Math.min(i, j), Math.max(i, j)));
            }
        }
        return pairs.stream()
                .sorted((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                        : Integer.compare(a.second(), b.second()))
                .toList();
    }
}
