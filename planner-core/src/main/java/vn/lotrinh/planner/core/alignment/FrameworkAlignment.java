package vn.lotrinh.planner.core.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.lotrinh.planner.core.alignment.Coverage.LayerCoverage;
import vn.lotrinh.planner.core.alignment.EntryAlignment.Status;
import vn.lotrinh.planner.core.plan.Capabilities;
import vn.lotrinh.planner.core.plan.CapabilityOverlaps;
import vn.lotrinh.planner.core.plan.CapabilityOverlaps.NationalRebuild;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.FrameworkEntry;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/**
 * Aligns a plan, or a roadmap of it, with the plan's framework catalogue: which components cover each entry (deliver
 * it or connect to it) and from when they are live, what is missing, how coverage grows period by period, and where
 * the plan duplicates a capability or rebuilds a national one, with the money involved.
 */
public final class FrameworkAlignment {

    private final Plan plan;
    /** The start of each component (by plan index) in the roadmap, {@code null} when deferred or without a roadmap. */
    private final Integer[] starts;
    private final boolean fromRoadmap;
    /** The components (plan indexes, in plan order) that deliver each code, and those that connect to it. */
    private final Map<String, List<Integer>> deliverers = new HashMap<>();
    private final Map<String, List<Integer>> connectors = new HashMap<>();

    private FrameworkAlignment(Plan plan, Roadmap roadmap) {
        this.plan = plan;
        this.fromRoadmap = roadmap != null;
        this.starts = new Integer[plan.components().size()];
        if (roadmap != null) {
            Map<String, Integer> startById = new HashMap<>();
            roadmap.assignments().stream().filter(a -> !a.deferred())
                    .forEach(a -> startById.put(a.componentId(), a.start()));
            for (int i = 0; i < starts.length; i++) {
                starts[i] = startById.get(plan.components().get(i).id());
            }
        }
        for (int i = 0; i < starts.length; i++) {
            Capabilities capabilities = plan.components().get(i).capabilities();
            for (String code : capabilities.delivers()) {
                deliverers.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
            }
            for (String code : capabilities.connects()) {
                connectors.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The plan's components against the catalogue, without a schedule. */
    public static Alignment of(Plan plan) {
        return new FrameworkAlignment(plan, null).align();
    }

    /** The roadmap of the plan against the catalogue: what it schedules, from when, and what it defers. */
    public static Alignment of(Plan plan, Roadmap roadmap) {
        return new FrameworkAlignment(plan, roadmap).align();
    }

    private Alignment align() {
        List<EntryAlignment> entries = plan.framework().entries().stream().map(this::entry).toList();
        List<EntryAlignment> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(entry -> !entry.isRequiredGap()));
        CapabilityOverlaps overlaps = CapabilityOverlaps.of(plan);
        return new Alignment(plan.framework().id(), fromRoadmap, ordered, fromRoadmap ? coverage(entries) : List.of(),
                overlaps.duplicates().stream().map(this::duplication).toList(), waste(overlaps.rebuilds()));
    }

    private EntryAlignment entry(FrameworkEntry entry) {
        List<Integer> delivering = deliverers.getOrDefault(entry.code(), List.of());
        List<Integer> connecting = connectors.getOrDefault(entry.code(), List.of());
        Integer liveFrom = liveFrom(entry.code());
        Status status = delivering.isEmpty() && connecting.isEmpty() ? Status.MISSING
                : !fromRoadmap ? Status.PLANNED
                : liveFrom != null ? Status.SCHEDULED
                : Status.DEFERRED;
        return new EntryAlignment(entry.code(), entry.nameVi(), entry.nameEn(), entry.layer(), entry.provision(),
                entry.requirement(), status, ids(delivering), ids(connecting),
                liveFrom == null ? null : plan.calendar().label(liveFrom));
    }

    /**
     * The first period in which a component that delivers or connects to the code is live by the roadmap (possibly
     * past the horizon), {@code null} when none is scheduled.
     */
    private Integer liveFrom(String code) {
        return Stream.concat(deliverers.getOrDefault(code, List.of()).stream(),
                        connectors.getOrDefault(code, List.of()).stream())
                .map(this::liveFrom).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    }

    /** The period the component goes live by the roadmap (possibly past the horizon), {@code null} when deferred. */
    private Integer liveFrom(int component) {
        return starts[component] == null ? null : starts[component] + plan.components().get(component).durationPeriods();
    }

    private List<Coverage> coverage(List<EntryAlignment> entries) {
        List<Coverage> coverage = new ArrayList<>();
        for (int period = 0; period < plan.horizon(); period++) {
            Tally total = new Tally();
            Map<Layer, Tally> byLayer = new EnumMap<>(Layer.class);
            for (EntryAlignment entry : entries) {
                Integer liveFrom = liveFrom(entry.code());
                boolean live = liveFrom != null && liveFrom <= period;
                total.add(entry, live);
                byLayer.computeIfAbsent(entry.layer(), layer -> new Tally()).add(entry, live);
            }
            List<LayerCoverage> layers = byLayer.entrySet().stream()
                    .map(e -> new LayerCoverage(e.getKey(), e.getValue().required, e.getValue().requiredLive,
                            e.getValue().entries, e.getValue().live))
                    .toList();
            coverage.add(new Coverage(plan.calendar().label(period), total.required, total.requiredLive,
                    total.entries, total.live, layers));
        }
        return coverage;
    }

    /** Counts of catalogue entries, and of those live by the end of a period. */
    private static final class Tally {

        int required;
        int requiredLive;
        int entries;
        int live;

        void add(EntryAlignment entry, boolean isLive) {
            boolean isRequired = entry.requirement() == Priority.MUST;
            required += isRequired ? 1 : 0;
            requiredLive += isRequired && isLive ? 1 : 0;
            entries++;
            live += isLive ? 1 : 0;
        }
    }

    private Duplication duplication(CapabilityOverlaps.Duplicate duplicate) {
        FrameworkEntry entry = plan.framework().entry(duplicate.code()).orElseThrow();
        List<ComponentMoney> money = duplicate.components().stream().map(this::money).toList();
        return new Duplication(entry.code(), entry.nameVi(), entry.nameEn(), money,
                money.stream().map(ComponentMoney::capex).reduce(BigDecimal.ZERO, BigDecimal::add),
                money.stream().map(ComponentMoney::opexInHorizon).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private List<Waste> waste(List<NationalRebuild> rebuilds) {
        Map<Integer, List<String>> codesByComponent = rebuilds.stream().collect(Collectors.groupingBy(
                NationalRebuild::component, LinkedHashMap::new,
                Collectors.mapping(NationalRebuild::code, Collectors.toList())));
        return codesByComponent.entrySet().stream().map(e -> new Waste(money(e.getKey()), e.getValue())).toList();
    }

    private ComponentMoney money(int index) {
        Component component = plan.components().get(index);
        Integer start = fromRoadmap ? starts[index] : Integer.valueOf(plan.dependencies().earliestStart(index));
        int livePeriods = start == null ? 0 : Math.max(0, plan.horizon() - start - component.durationPeriods());
        return new ComponentMoney(component.id(), component.name(), Money.toUnits(component.capex().likelyMilli()),
                Money.toUnits(component.opexPerPeriodMilli() * livePeriods));
    }

    private List<String> ids(List<Integer> indexes) {
        return indexes.stream().map(i -> plan.components().get(i).id()).toList();
    }
}
