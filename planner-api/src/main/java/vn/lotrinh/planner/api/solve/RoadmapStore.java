package vn.lotrinh.planner.api.solve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/** Writes and reads the roadmaps of solve jobs, and the plan snapshots they were solved from. */
@Component
public class RoadmapStore {

    /** The plan's roadmaps, the one of the most recently submitted job first, as in {@link RoadmapRepository}. */
    private static final String LATEST_STAMP_SQL = """
            select r.job_id, r.plan_version, r.updated_at, j.status
            from roadmaps r join solve_jobs j on j.id = r.job_id
            where r.plan_id = ? order by j.submitted_at desc, j.id desc
            limit 1""";

    private final RoadmapRepository roadmaps;
    private final PlanSnapshotRepository snapshots;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    RoadmapStore(RoadmapRepository roadmaps, PlanSnapshotRepository snapshots, JdbcTemplate jdbc, ObjectMapper json,
            Clock clock) {
        this.roadmaps = roadmaps;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Stores the job's roadmap, replacing the one stored before. */
    @Transactional
    void save(String jobId, String planId, long planVersion, Roadmap roadmap) {
        RoadmapEntity entity = roadmaps.findById(jobId).orElseGet(() -> new RoadmapEntity(jobId, planId, planVersion));
        entity.update(roadmap.score(), roadmap.feasible(), write(roadmap), clock.instant());
        roadmaps.save(entity);
    }

    /** The roadmap of the plan's most recently submitted job that has one. */
    @Transactional(readOnly = true)
    public Optional<StoredRoadmap> latestOfPlan(String planId) {
        return roadmaps.latestOfPlan(planId, PageRequest.of(0, 1)).stream().findFirst().map(this::stored);
    }

    /**
     * Which roadmap {@link #latestOfPlan} would answer, read without its document. Every read of a latest roadmap or
     * projection asks this first, so it is one plain SQL query on an auto-commit connection: through JPA (a session
     * and a transaction) it cost ten times as much, a fifth of such a request.
     */
    public Optional<RoadmapStamp> latestStampOfPlan(String planId) {
        return jdbc.query(LATEST_STAMP_SQL, (row, index) -> new RoadmapStamp(
                        row.getString("job_id"),
                        planId,
                        row.getLong("plan_version"),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        SolveStatus.valueOf(row.getString("status"))),
                planId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<StoredRoadmap> ofJob(String jobId) {
        return roadmaps.findById(jobId).map(this::stored);
    }

    /** The plan as it was when the job was submitted. */
    @Transactional(readOnly = true)
    public Plan planOfJob(String jobId) {
        PlanSnapshotEntity snapshot = snapshots.findById(jobId)
                .orElseThrow(() -> new NotFoundException("There is no solve job " + jobId + "."));
        return new PlanReader().read(snapshot.getDocument());
    }

    private StoredRoadmap stored(RoadmapEntity entity) {
        try {
            Roadmap roadmap = json.readValue(entity.getDocument(), Roadmap.class);
            return new StoredRoadmap(entity.getJobId(), entity.getPlanId(), entity.getPlanVersion(), roadmap,
                    entity.getUpdatedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored roadmap of job " + entity.getJobId() + " is unreadable", e);
        }
    }

    private String write(Roadmap roadmap) {
        try {
            return json.writeValueAsString(roadmap);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a roadmap could not be written as JSON", e);
        }
    }
}
