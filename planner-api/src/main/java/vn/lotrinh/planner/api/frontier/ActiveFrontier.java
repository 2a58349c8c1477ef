package vn.lotrinh.planner.api.frontier;

import java.util.function.Consumer;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.solve.PoolTask;
import vn.lotrinh.planner.core.frontier.BudgetFrontier;
import vn.lotrinh.planner.core.frontier.FrontierSpec;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** A frontier between submission and its end: the plan version it traces, what it scales, and its tracer. */
final class ActiveFrontier extends PoolTask {

    private final PlanSnapshot snapshot;
    private final FrontierSpec spec;
    private final BudgetFrontier frontier;

    /** @param frontier a tracer of its own, which traces nothing else */
    ActiveFrontier(String frontierId, PlanSnapshot snapshot, FrontierSpec spec, BudgetFrontier frontier) {
        super(frontierId, snapshot.planId());
        this.snapshot = snapshot;
        this.spec = spec;
        this.frontier = frontier;
    }

    /**
     * Solves the points in ascending scale, handing each to {@code onPoint} as soon as it is found; after a cancel,
     * the point being solved is handed on with the best roadmap found so far, and no further point is solved.
     */
    void trace(Consumer<Frontier.Point> onPoint) {
        frontier.trace(PlanReader.parse(snapshot.documentJson()), snapshot.plan(), spec,
                point -> onPoint.accept(Frontier.Point.of(point, snapshot.plan())));
    }

    @Override
    protected void stopWork() {
        frontier.stop();
    }
}
