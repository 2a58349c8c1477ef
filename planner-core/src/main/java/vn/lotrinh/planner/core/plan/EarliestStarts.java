package vn.lotrinh.planner.core.plan;

import java.util.List;
import vn.lotrinh.planner.core.plan.DependencyGraph.Link;

/**
 * The earliest start of each component along its dependencies: the forward pass of the critical path method, shared
 * by the plan's graph and the validator's messages. A pinned component starts at its pin whatever its predecessors do,
 * so the pin is what its successors wait for; any other starts at the latest of its own {@code earliestStart} (period
 * 0 without one) and, over its links, its predecessor's earliest start plus the predecessor's duration plus the lag.
 * Periods are indexes; a start may lie past the horizon.
 */
public final class EarliestStarts {

    private final List<? extends OwnTiming> timings;
    private final int[] earliestStarts;
    private final Link[] latestPredecessors;
    private final boolean[] heldUp;

    private EarliestStarts(List<? extends OwnTiming> timings) {
        this.timings = timings;
        int n = timings.size();
        this.earliestStarts = new int[n];
        this.latestPredecessors = new Link[n];
        this.heldUp = new boolean[n];
    }

    /**
     * Runs the pass.
     *
     * @param order every component after all its predecessors
     * @param predecessors for each component, its links to the components it depends on
     * @param timings for each component its own timing, or {@code null} to leave it out: a component left out gets no
     *     start, and links to it are not followed
     */
    public static EarliestStarts along(List<Integer> order, List<? extends List<Link>> predecessors,
            List<? extends OwnTiming> timings) {
        EarliestStarts pass = new EarliestStarts(timings);
        for (int component : order) {
            if (timings.get(component) != null) {
                pass.visit(component, predecessors.get(component));
            }
        }
        return pass;
    }

    private void visit(int component, List<Link> links) {
        Link latest = null;
        int readyAt = Integer.MIN_VALUE;
        for (Link link : links) {
            if (timings.get(link.component()) != null && readyAfter(link) > readyAt) {
                readyAt = readyAfter(link);
                latest = link;
            }
        }
        latestPredecessors[component] = latest;
        OwnTiming timing = timings.get(component);
        if (timing.isPinned()) {
            earliestStarts[component] = timing.pinnedStart();
            return;
        }
        int ownBound = timing.earliestStart() == null ? 0 : timing.earliestStart();
        heldUp[component] = readyAt > ownBound;
        earliestStarts[component] = Math.max(ownBound, readyAt);
    }

    /** The component's earliest start; undefined for a component left out. */
    public int earliestStart(int component) {
        return earliestStarts[component];
    }

    /**
     * The link to the predecessor whose finish plus lag comes last, the first such in the order of the links; {@code
     * null} when the component follows no link.
     */
    public Link latestPredecessor(int component) {
        return latestPredecessors[component];
    }

    /** The period after the link's predecessor has finished and its lag has passed. */
    public int readyAfter(Link link) {
        return earliestStarts[link.component()] + timings.get(link.component()).durationPeriods() + link.lagPeriods();
    }

    /**
     * The link to the predecessor that sets the component's earliest start, or {@code null} when its own bound does
     * (its pin, its {@code earliestStart} or period 0).
     */
    public Link heldUpBy(int component) {
        return heldUp[component] ? latestPredecessors[component] : null;
    }
}
