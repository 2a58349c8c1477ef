package vn.lotrinh.planner.core.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plan's components linked by their {@code dependsOn} entries, over their positions in the plan, with the start
 * bounds the links imply. Immutable, with value semantics: two graphs are equal when they have the same links and
 * bounds.
 *
 * <p>Bounds, in period indexes:
 * <ul>
 *   <li>{@link #earliestStart}: a pinned component's pin; otherwise the later of its {@code earliestStart} (0 when
 *       none) and, over its links, the predecessor's earliest start plus its duration plus the lag (see
 *       {@link EarliestStarts}).</li>
 *   <li>{@link #latestStart}: a pinned component's pin; otherwise {@code min(H − d, latestFinish − d + 1)} (without a
 *       {@code latestFinish} just {@code H − d}), tightened before pinned successors. A component is <em>forced</em>
 *       when it is pinned or when a forced component depends on it, since a pinned component is always scheduled and
 *       needs everything it depends on; a forced component's predecessor that is not pinned must finish, plus the lag,
 *       before the forced one's latest start: {@code latestStart(p) ≤ latestStart(s) − lag − d(p)}.</li>
 * </ul>
 * A component's latest start may end below its earliest start: then it has no start, and the solver defers it.
 */
public final class DependencyGraph {

    /**
     * One link, seen from one end.
     *
     * @param component the position of the component at the other end
     * @param lagPeriods the periods that must pass between the predecessor's finish and the successor's start, ≥ 0
     */
    public record Link(int component, int lagPeriods) {
    }

    private final Map<String, Integer> positionById;
    private final List<List<Link>> predecessors;
    private final List<List<Link>> successors;
    private final List<Integer> topologicalOrder;
    private final int[] earliestStarts;
    private final int[] latestStarts;

    private DependencyGraph(Map<String, Integer> positionById, List<List<Link>> predecessors,
            List<List<Link>> successors, List<Integer> topologicalOrder, int[] earliestStarts, int[] latestStarts) {
        this.positionById = positionById;
        this.predecessors = predecessors;
        this.successors = successors;
        this.topologicalOrder = topologicalOrder;
        this.earliestStarts = earliestStarts;
        this.latestStarts = latestStarts;
    }

    /**
     * The graph of the components' dependencies and their bounds within a horizon of {@code horizonPeriods}.
     *
     * @throws IllegalArgumentException when two components share an id, a dependency names no component, or the
     *     dependencies form a cycle
     */
    public static DependencyGraph of(List<? extends Component> components, int horizonPeriods) {
        Map<String, Integer> positionById = positionById(components);
        List<List<Link>> predecessors = predecessors(components, positionById);
        List<Integer> order = topologicalOrder(components, predecessors);
        EarliestStarts forward = EarliestStarts.along(order, predecessors, components);
        int[] earliestStarts = new int[components.size()];
        Arrays.setAll(earliestStarts, forward::earliestStart);
        return new DependencyGraph(positionById, predecessors, successors(predecessors), order, earliestStarts,
                latestStarts(components, horizonPeriods, predecessors, order));
    }

    private static Map<String, Integer> positionById(List<? extends Component> components) {
        Map<String, Integer> positionById = new HashMap<>(components.size() * 2);
        for (int i = 0; i < components.size(); i++) {
            if (positionById.putIfAbsent(components.get(i).id(), i) != null) {
                throw new IllegalArgumentException("two components have the id " + components.get(i).id());
            }
        }
        return positionById;
    }

    private static List<List<Link>> predecessors(List<? extends Component> components,
            Map<String, Integer> positionById) {
        return components.stream()
                .map(component -> component.dependsOn().stream()
                        .map(dependency -> {
                            Integer predecessor = positionById.get(dependency.predecessorId());
                            if (predecessor == null) {
                                throw new IllegalArgumentException(component.id() + " depends on "
                                        + dependency.predecessorId() + ", which is no component");
                            }
                            return new Link(predecessor, dependency.lagPeriods());
                        })
                        .toList())
                .toList();
    }

    /** The links turned around, by successor position, then in the successor's entry order. */
    private static List<List<Link>> successors(List<List<Link>> predecessors) {
        List<List<Link>> successors = new ArrayList<>();
        predecessors.forEach(links -> successors.add(new ArrayList<>()));
        for (int successor = 0; successor < predecessors.size(); successor++) {
            for (Link link : predecessors.get(successor)) {
                successors.get(link.component()).add(new Link(successor, link.lagPeriods()));
            }
        }
        return successors.stream().map(List::copyOf).toList();
    }

    private static List<Integer> topologicalOrder(List<? extends Component> components,
            List<List<Link>> predecessors) {
        return List.copyOf(DependencyOrder.depthFirst(
                predecessors.stream().map(links -> links.stream().map(Link::component).toList()).toList(),
                cycle -> {
                    throw new IllegalArgumentException("the dependencies form a cycle through "
                            + components.get(cycle.get(0)).id());
                }));
    }

    private static int[] latestStarts(List<? extends Component> components, int horizonPeriods,
            List<List<Link>> predecessors, List<Integer> order) {
        int n = components.size();
        int[] latest = new int[n];
        boolean[] forced = new boolean[n];
        for (int i = 0; i < n; i++) {
            Component component = components.get(i);
            forced[i] = component.isPinned();
            latest[i] = component.isPinned() ? component.pinnedStart() : ownLatestStart(component, horizonPeriods);
        }
        // Successors first, so that a forced component's bound is final before its predecessors read it.
        for (int k = order.size() - 1; k >= 0; k--) {
            int successor = order.get(k);
            if (!forced[successor]) {
                continue;
            }
            for (Link link : predecessors.get(successor)) {
                Component predecessor = components.get(link.component());
                if (!predecessor.isPinned()) {
                    forced[link.component()] = true;
                    latest[link.component()] = Math.min(latest[link.component()],
                            latest[successor] - link.lagPeriods() - predecessor.durationPeriods());
                }
            }
        }
        return latest;
    }

    private static int ownLatestStart(Component component, int horizonPeriods) {
        int duration = component.durationPeriods();
        int latest = horizonPeriods - duration;
        return component.latestFinish() == null ? latest : Math.min(latest, component.latestFinish() - duration + 1);
    }

    /** The number of components. */
    public int size() {
        return predecessors.size();
    }

    /** The position of the component with this id, or -1 when there is none. */
    int indexOf(String componentId) {
        return positionById.getOrDefault(componentId, -1);
    }

    /** The component's links to what it depends on: one per {@code dependsOn} entry, in entry order. */
    public List<Link> predecessors(int component) {
        return predecessors.get(component);
    }

    /**
     * The links to the components that depend on this one: one per {@code dependsOn} entry naming it, by the
     * successor's position, then in entry order.
     */
    public List<Link> successors(int component) {
        return successors.get(component);
    }

    /** Every component by position, each after all its predecessors; the same for the same plan. */
    public List<Integer> topologicalOrder() {
        return topologicalOrder;
    }

    /** The earliest start period the component's window, pin and predecessors allow. */
    public int earliestStart(int component) {
        return earliestStarts[component];
    }

    /**
     * The latest start period the component's window, pin and the horizon allow, tightened before pinned successors;
     * below {@link #earliestStart} when the component has no start.
     */
    public int latestStart(int component) {
        return latestStarts[component];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DependencyGraph graph
                && predecessors.equals(graph.predecessors)
                && Arrays.equals(earliestStarts, graph.earliestStarts)
                && Arrays.equals(latestStarts, graph.latestStarts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(predecessors, Arrays.hashCode(earliestStarts), Arrays.hashCode(latestStarts));
    }

    @Override
    public String toString() {
        return "DependencyGraph[" + size() + " components, "
                + predecessors.stream().mapToInt(List::size).sum() + " links]";
    }
}
