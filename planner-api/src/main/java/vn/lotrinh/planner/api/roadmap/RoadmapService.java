package vn.lotrinh.planner.api.roadmap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.job.SolveJob;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.PreparedJson;
import vn.lotrinh.planner.api.system.ReportFiles;
import vn.lotrinh.planner.api.system.ReportHeadings;
import vn.lotrinh.planner.api.system.ReportTable;
import vn.lotrinh.planner.api.system.SingleFlightCache;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.BindingCaps;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/**
 * Reads roadmaps and exports them as CSV and Excel. The latest roadmap of a plan is read far more often than it
 * changes, so its JSON answer is kept, ready to send, for each state of the roadmap and its job.
 */
@Service
public class RoadmapService {

    /** The most JSON kept for latest roadmaps (their gzip forms add about a tenth). */
    static final long MAX_CACHED_JSON_BYTES = 64L * 1024 * 1024;

    private final RoadmapStore roadmaps;
    private final SolveJobs jobs;
    private final ObjectMapper json;
    private final ReportHeadings headings;
    private final BindingCaps bindingCaps = new BindingCaps();
    private final SingleFlightCache<Written, PreparedJson> latestJson =
            new SingleFlightCache<>(MAX_CACHED_JSON_BYTES, prepared -> prepared.json().length);

    /** A latest roadmap's JSON as written for readers of one language (its optimality's reason is in theirs). */
    private record Written(RoadmapStamp stamp, Language language) {
    }

    RoadmapService(RoadmapStore roadmaps, SolveJobs jobs, ObjectMapper json, ReportHeadings headings) {
        this.roadmaps = roadmaps;
        this.jobs = jobs;
        this.json = json;
        this.headings = headings;
    }

    /**
     * The roadmap of the plan's most recently submitted job that has one, as JSON of a {@link RoadmapResponse}, its
     * texts in the language of the request, {@code language}. One light query finds which roadmap that is; it is read
     * and written as JSON only when it changed since, once per language.
     */
    public PreparedJson latestOfPlanAsJson(String planId, Language language) {
        RoadmapStamp stamp = roadmaps.latestStampOf(planId);
        return latestJson.get(new Written(stamp, language),
                () -> PreparedJson.of(json, response(roadmaps.roadmapOf(stamp))));
    }

    public RoadmapResponse ofJob(String jobId) {
        SolveJob job = jobs.job(jobId);
        return response(roadmaps.ofJob(job.jobId()).orElseThrow(() ->
                new NotFoundException(Text.format("Solve job {0} has no roadmap yet.",
                        "Lượt giải {0} chưa có lộ trình.", jobId))));
    }

    /** The latest roadmap as CSV (UTF-8, RFC 4180), one row per component. */
    public byte[] latestAsCsv(String planId) {
        return ReportFiles.csv(table(roadmaps.latestOf(planId)));
    }

    /** The latest roadmap as an Excel workbook with one sheet, {@code Roadmap}. */
    public byte[] latestAsXlsx(String planId, Optional<Language> language) {
        return ReportFiles.xlsx(List.of(table(roadmaps.latestOf(planId))), headings.in(language));
    }

    /** The table against the plan version that was solved, which may differ from the plan's current version. */
    private ReportTable table(StoredRoadmap stored) {
        Plan plan = jobs.planOf(stored.jobId());
        return RoadmapRows.table(RoadmapRows.of(plan, stored.roadmap()));
    }

    private RoadmapResponse response(StoredRoadmap stored) {
        Roadmap roadmap = stored.roadmap();
        SolveJob job = jobs.job(stored.jobId());
        return new RoadmapResponse(stored.planId(), stored.jobId(), stored.planVersion(), job.status(),
                roadmap.objective(), roadmap.score(), roadmap.feasible(), roadmap.objectiveValue(),
                roadmap.assignments(), roadmap.violations(),
                bindingCaps.of(jobs.planOf(stored.jobId()).withFunding(roadmap.fundingChoices()), roadmap.starts()),
                job.baselineJobId(), roadmap.changes(),
                roadmap.optimality(), stored.updatedAt());
    }
}
