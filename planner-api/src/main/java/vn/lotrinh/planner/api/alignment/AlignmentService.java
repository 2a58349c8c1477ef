package vn.lotrinh.planner.api.alignment;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.alignment.AlignmentResponse.RoadmapAlignment;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.ReportFiles;
import vn.lotrinh.planner.api.system.ReportHeadings;
import vn.lotrinh.planner.core.alignment.Alignment;
import vn.lotrinh.planner.core.alignment.FrameworkAlignment;

/** Aligns plans and their latest roadmaps with the national framework, and exports the alignment. */
@Service
public class AlignmentService {

    private final PlanService plans;
    private final RoadmapStore roadmaps;
    private final SolveJobs jobs;
    private final ReportHeadings headings;

    AlignmentService(PlanService plans, RoadmapStore roadmaps, SolveJobs jobs, ReportHeadings headings) {
        this.plans = plans;
        this.roadmaps = roadmaps;
        this.jobs = jobs;
        this.headings = headings;
    }

    public AlignmentResponse of(String planId) {
        PlanSnapshot current = plans.snapshot(planId);
        RoadmapAlignment roadmap = roadmaps.findLatestOf(planId)
                .map(stored -> new RoadmapAlignment(stored.jobId(), stored.planVersion(),
                        FrameworkAlignment.of(jobs.planOf(stored.jobId()), stored.roadmap())))
                .orElse(null);
        return new AlignmentResponse(planId, current.version(), current.plan().framework().id(),
                FrameworkAlignment.of(current.plan()), roadmap);
    }

    public byte[] asCsv(String planId) {
        AlignmentResponse response = of(planId);
        return ReportFiles.csv(AlignmentTables.entries(response.plan(), roadmapOf(response)));
    }

    public byte[] asXlsx(String planId, Optional<Language> language) {
        AlignmentResponse response = of(planId);
        return ReportFiles.xlsx(AlignmentTables.all(response.plan(), roadmapOf(response)), headings.in(language));
    }

    private static Alignment roadmapOf(AlignmentResponse response) {
        return response.roadmap() == null ? null : response.roadmap().alignment();
    }
}
