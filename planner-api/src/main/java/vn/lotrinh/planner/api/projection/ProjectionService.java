package vn.lotrinh.planner.api.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.job.SolveJobs;
import vn.lotrinh.planner.api.roadmap.RoadmapStore;
import vn.lotrinh.planner.api.roadmap.RoadmapStamp;
import vn.lotrinh.planner.api.roadmap.StoredRoadmap;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.PreparedJson;
import vn.lotrinh.planner.api.system.ReportFiles;
import vn.lotrinh.planner.api.system.ReportHeadings;
import vn.lotrinh.planner.api.system.SingleFlightCache;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.projection.CostProjector;
import vn.lotrinh.planner.core.projection.ProjectionSettings;

/**
 * Projects the money of a plan's latest roadmap against the plan version that roadmap was solved from, and exports
 * it as CSV and Excel.
 *
 * <p>Projections are kept, with their JSON ready to send, for the {@code lotrinh.projection.cache-size} most recently
 * used keys. A key names the roadmap state (job and last improvement) and the settings, so a new solve or an improved
 * roadmap is simply a new key and nothing needs invalidating; asking again costs one light query.
 */
@Service
@EnableConfigurationProperties(ProjectionProperties.class)
public class ProjectionService {

    /** One roadmap state projected with one set of settings. */
    record Key(String jobId, Instant roadmapUpdatedAt, int simulations, long seed) {

        static Key of(RoadmapStamp stamp, ProjectionSettings settings) {
            return new Key(stamp.jobId(), stamp.updatedAt(), settings.simulations(), settings.seed());
        }
    }

    /** A projection and its JSON. */
    record Projected(ProjectionResponse response, PreparedJson json) {
    }

    private final RoadmapStore roadmaps;
    private final SolveJobs jobs;
    private final ObjectMapper json;
    private final ReportHeadings headings;
    private final SingleFlightCache<Key, Projected> cache;
    private final CostProjector projector = new CostProjector();

    ProjectionService(RoadmapStore roadmaps, SolveJobs jobs, ObjectMapper json, ProjectionProperties properties,
            ReportHeadings headings) {
        this.roadmaps = roadmaps;
        this.jobs = jobs;
        this.json = json;
        this.headings = headings;
        this.cache = new SingleFlightCache<>(properties.cacheSize(), projected -> 1);
    }

    /**
     * The projection of the roadmap of the plan's most recently submitted job that has one.
     *
     * @throws NotFoundException when there is no such plan or it has never been solved
     */
    public ProjectionResponse latestOfPlan(String planId, ProjectionSettings settings) {
        return projected(planId, settings).response();
    }

    /** As {@link #latestOfPlan}, as JSON. */
    public PreparedJson latestOfPlanAsJson(String planId, ProjectionSettings settings) {
        return projected(planId, settings).json();
    }

    public byte[] latestAsCsv(String planId, ProjectionSettings settings) {
        return ReportFiles.csv(ProjectionTables.periods(latestOfPlan(planId, settings)));
    }

    public byte[] latestAsXlsx(String planId, ProjectionSettings settings, Optional<Language> language) {
        return ReportFiles.xlsx(ProjectionTables.sheets(latestOfPlan(planId, settings)), headings.in(language));
    }

    private Projected projected(String planId, ProjectionSettings settings) {
        RoadmapStamp stamp = roadmaps.latestStampOf(planId);
        return cache.get(Key.of(stamp, settings), () -> project(stamp, settings));
    }

    /**
     * Projects the job's roadmap as it is stored now, which may be a little newer than {@code stamp} if the solve
     * improved it meanwhile: the answer names the state it was made from.
     */
    private Projected project(RoadmapStamp stamp, ProjectionSettings settings) {
        StoredRoadmap roadmap = roadmaps.roadmapOf(stamp);
        Plan plan = jobs.planOf(stamp.jobId());
        ProjectionResponse response =
                ProjectionResponse.of(roadmap, projector.project(plan, roadmap.roadmap(), settings));
        return new Projected(response, PreparedJson.of(json, response));
    }
}
