package vn.lotrinh.planner.api.frontier;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.audit.AuditAction;
import vn.lotrinh.planner.api.audit.AuditTrail;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.solve.SolveProperties;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.ServiceBusyException;
import vn.lotrinh.planner.core.frontier.FrontierSpec;

/**
 * Budget frontiers as clients drive them: each traced on a snapshot of one plan version by the
 * {@link FrontierRunner}; watched and stopped.
 */
@Service
@EnableConfigurationProperties(FrontierProperties.class)
class FrontierService {

    private final PlanService plans;
    private final Frontiers frontiers;
    private final FrontierRunner runner;
    private final SolveProperties solveProperties;
    private final FrontierProperties properties;
    private final AuditTrail audit;

    FrontierService(PlanService plans, Frontiers frontiers, FrontierRunner runner,
            SolveProperties solveProperties, FrontierProperties properties, AuditTrail audit) {
        this.plans = plans;
        this.frontiers = frontiers;
        this.runner = runner;
        this.solveProperties = solveProperties;
        this.properties = properties;
        this.audit = audit;
    }

    /**
     * Queues a frontier of the plan's current version.
     *
     * @throws NotFoundException when there is no such plan
     * @throws InvalidRequestException naming each invalid field of the request
     * @throws ServiceBusyException when the solve queue is full; no frontier is left behind
     */
    Frontier submit(String planId, FrontierRequest request) {
        PlanSnapshot snapshot = plans.snapshot(planId);
        FrontierSpec spec = request.toSpec(snapshot.plan(), solveProperties, properties);
        Frontier frontier = runner.enqueue(snapshot, spec);
        audit.record(AuditAction.FRONTIER_STARTED, planId, frontier.planVersion(), frontier.frontierId(),
                audit.details()
                        .put("objective", frontier.objective().name())
                        .put("fundingSource", frontier.fundingSource())
                        .put("points", frontier.scales().size()));
        return frontier;
    }

    /** @throws NotFoundException when there is no such frontier */
    Frontier frontier(String frontierId) {
        return frontiers.frontier(frontierId);
    }

    /** @throws NotFoundException when there is no such plan */
    List<Frontier> frontiersOfPlan(String planId) {
        plans.get(planId);
        return frontiers.ofPlan(planId);
    }

    /** Stops the frontier early, keeping its points; see {@link FrontierRunner#stop}. */
    Frontier stop(String frontierId) {
        Frontier before = frontiers.frontier(frontierId);
        runner.stop(frontierId);
        Frontier after = frontiers.frontier(frontierId);
        audit.record(AuditAction.FRONTIER_STOPPED, after.planId(), after.planVersion(), frontierId, audit.details()
                .put("statusBefore", before.status().name())
                .put("status", after.status().name()));
        return after;
    }
}
