package vn.lotrinh.planner.api.solve;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.audit.AuditAction;
import vn.lotrinh.planner.api.audit.AuditTrail;
import vn.lotrinh.planner.api.job.SolveJob;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.api.system.ServiceBusyException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.solver.Baseline;
import vn.lotrinh.planner.core.solver.SolveOptions;

/**
 * Solve jobs as clients drive them: each submitted on a snapshot of one plan version, watched and stopped. The
 * {@link SolveQueue} holds them until they end and the {@link SolveRunner} runs them.
 */
@Service
public class SolveService {

    private final PlanService plans;
    private final SolveJobs jobs;
    private final SolveRunner runner;
    private final SolveProperties properties;
    private final Baselines baselines;
    private final RoadmapStore roadmaps;
    private final AuditTrail audit;

    SolveService(PlanService plans, SolveJobs jobs, SolveRunner runner, SolveProperties properties,
            Baselines baselines, RoadmapStore roadmaps, AuditTrail audit) {
        this.plans = plans;
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.baselines = baselines;
        this.roadmaps = roadmaps;
        this.audit = audit;
    }

    /**
     * Queues a solve of the plan's current version, or a re-plan of it from an earlier job's roadmap.
     *
     * @throws ServiceBusyException when the queue is full; no job is left behind
     */
    public SolveJob submit(String planId, SolveRequest request) {
        List<PlanError> errors = new ArrayList<>();
        SolveOptions options = request.toOptions(properties, properties.defaultTimeLimit(), errors);
        PlanSnapshot snapshot = plans.snapshot(planId);
        Baseline baseline = baselines.of(request, snapshot, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(Text.of("The solve request is invalid.",
                    "Yêu cầu giải không hợp lệ."), errors);
        }
        SolveJob job = runner.enqueue(snapshot, options, baseline == null ? null
                : new BaselineOf(request.baselineJobId(), baseline));
        audit.record(baseline == null ? AuditAction.SOLVE_STARTED : AuditAction.REPLAN_STARTED, planId,
                job.planVersion(), job.jobId(), audit.details()
                        .put("objective", job.objective().name())
                        .put("timeLimitSeconds", options.timeLimit().toMillis() / 1000.0)
                        .put("baselineJobId", job.baselineJobId())
                        .put("asOf", request.asOf()));
        return job;
    }

    /** The job with what is proven about its best roadmap so far. */
    public SolveJob job(String jobId) {
        return withOptimality(jobs.job(jobId));
    }

    public List<SolveJob> jobsOfPlan(String planId) {
        plans.get(planId);
        return jobs.ofPlan(planId).stream().map(this::withOptimality).toList();
    }

    /** Stops the job early, keeping its best roadmap; a queued job is terminated at once, a finished one unchanged. */
    public SolveJob stop(String jobId) {
        SolveJob before = jobs.job(jobId);
        runner.stop(jobId);
        SolveJob after = job(jobId);
        audit.record(AuditAction.SOLVE_STOPPED, after.planId(), after.planVersion(), jobId, audit.details()
                .put("statusBefore", before.status().name())
                .put("status", after.status().name()));
        return after;
    }

    private SolveJob withOptimality(SolveJob job) {
        return roadmaps.optimalityOf(job.jobId()).map(job::withOptimality).orElse(job);
    }
}
