package vn.lotrinh.planner.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** The sample plan {@code data/vinh-phuc-egov-2.0.json} reads, keeps its Vietnamese, and is solvable sensibly. */
class SamplePlanTest {

    private static final String SAMPLE = "data/vinh-phuc-egov-2.0.json";

    private static Plan plan;

    @BeforeAll
    static void readSample() throws IOException {
        try (InputStream json = Files.newInputStream(repositoryRoot().resolve(SAMPLE))) {
            plan = new PlanReader().read(json);
        }
    }

    @Test
    void readsAsFiveYearPlanWithAtLeastFortyComponents() {
        assertThat(plan.calendar()).isEqualTo(new PlanCalendar(PeriodUnit.YEAR, 2021, 1, 5));
        assertThat(plan.components()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void keepsVietnameseNamesWithTheirDiacritics() {
        assertThat(plan.componentsById().get("LGSP").name()).isEqualTo("Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), "
                + "kết nối Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)");
    }

    @Test
    void leavesOutWorkDeliveredIn2020AndEveryDependencyOnIt() {
        List<String> delivered = List.of("ARCH_V2", "DC_PHASE1", "SEC_BASELINE", "WAN_TSLCD", "DIGISIG", "ANTIMALWARE");

        assertThat(plan.componentsById()).doesNotContainKeys(delivered.toArray(String[]::new));
        assertThat(plan.components())
                .flatExtracting(Component::dependsOn)
                .extracting(Dependency::predecessorId)
                .doesNotContainAnyElementsOf(delivered);
    }

    @Test
    void mustComponentsDependOnlyOnMustComponents() {
        Map<String, Component> byId = plan.componentsById();

        assertThat(plan.components().stream().filter(Component::isMust))
                .flatExtracting(Component::dependsOn)
                .extracting(dependency -> byId.get(dependency.predecessorId()).priority())
                .containsOnly(Priority.MUST);
    }

    @Test
    void everyMustComponentFitsAtItsEarliestFeasibleStartInTopologicalOrder() {
        Map<String, Integer> starts = scheduleMustComponentsGreedily();

        List<String> mustIds = plan.components().stream().filter(Component::isMust).map(Component::id).toList();
        assertThat(starts).containsOnlyKeys(mustIds);
    }

    @Test
    void staffDemandOfAllComponentsExceedsStaffCapacityOverTheHorizon() {
        long demandMilli = plan.components().stream()
                .mapToLong(c -> c.demandMilli().getOrDefault("STAFF", 0L) * c.durationPeriods())
                .sum();
        long capacityMilli = 0;
        for (int t = 0; t < plan.horizon(); t++) {
            capacityMilli += plan.capacityMilli("STAFF", t).orElseThrow();
        }

        assertThat(demandMilli).isGreaterThan(capacityMilli);
    }

    /**
     * Places the MUST components one by one in topological order, each at the earliest start that keeps its window,
     * its dependencies, the horizon, every budget and every capacity; a component with no such start is left out.
     */
    private static Map<String, Integer> scheduleMustComponentsGreedily() {
        ScheduleLoad load = new ScheduleLoad(plan);
        Map<String, Integer> starts = new LinkedHashMap<>();
        Map<String, Component> byId = plan.componentsById();
        for (Component component : topologicalOrder(plan.components().stream().filter(Component::isMust).toList())) {
            int earliest = component.earliestStart() == null ? 0 : component.earliestStart();
            boolean predecessorsPlaced = true;
            for (Dependency dependency : component.dependsOn()) {
                Integer predecessorStart = starts.get(dependency.predecessorId());
                if (predecessorStart == null) {
                    predecessorsPlaced = false;
                } else {
                    earliest = Math.max(earliest, predecessorStart
                            + byId.get(dependency.predecessorId()).durationPeriods() + dependency.lagPeriods());
                }
            }
            int latestFinish = component.latestFinish() == null ? plan.horizon() - 1 : component.latestFinish();
            int latest = Math.min(plan.horizon(), latestFinish + 1) - component.durationPeriods();
            if (component.isPinned()) {
                earliest = Math.max(earliest, component.pinnedStart());
                latest = Math.min(latest, component.pinnedStart());
            }
            for (int start = earliest; predecessorsPlaced && start <= latest; start++) {
                load.add(component, start);
                if (load.brokenCaps().isEmpty()) {
                    starts.put(component.id(), start);
                    break;
                }
                load.remove(component, start);
            }
        }
        return starts;
    }

    private static List<Component> topologicalOrder(List<Component> components) {
        Map<String, Integer> unplacedPredecessors = new HashMap<>();
        Map<String, List<Component>> successors = new HashMap<>();
        for (Component component : components) {
            unplacedPredecessors.put(component.id(), component.dependsOn().size());
            for (Dependency dependency : component.dependsOn()) {
                successors.computeIfAbsent(dependency.predecessorId(), id -> new ArrayList<>()).add(component);
            }
        }
        Deque<Component> ready = new ArrayDeque<>(
                components.stream().filter(c -> c.dependsOn().isEmpty()).toList());
        List<Component> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Component next = ready.poll();
            order.add(next);
            for (Component successor : successors.getOrDefault(next.id(), List.of())) {
                if (unplacedPredecessors.merge(successor.id(), -1, Integer::sum) == 0) {
                    ready.add(successor);
                }
            }
        }
        return order;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SAMPLE))) {
                return dir;
            }
        }
        throw new UncheckedIOException(new IOException(SAMPLE + " not found above " + Path.of("").toAbsolutePath()));
    }
}
