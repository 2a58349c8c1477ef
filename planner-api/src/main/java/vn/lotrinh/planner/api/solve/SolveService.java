package vn.lotrinh.planner.api.solve;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
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

    SolveService(PlanService plans, SolveJobs jobs, SolveRunner runner, SolveProperties properties,
            Baselines baselines, RoadmapStore roadmaps) {
        this.plans = plans;
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.baselines = baselines;
        this.roadmaps = roadmaps;
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
        return runner.enqueue(snapshot, options, baseline == null ? null : new BaselineOf(request.baselineJobId(),
                baseline));
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
        jobs.job(jobId);
        runner.stop(jobId);
        return job(jobId);
    }

    private SolveJob withOptimality(SolveJob job) {
        return roadmaps.optimalityOf(job.jobId()).map(job::withOptimality).orElse(job);
    }
}
