package vn.lotrinh.planner.api.roadmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.StoredText;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Optimality;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/**
 * The best roadmap of each solve job: written by the solve as it improves, read by the roadmap and projection
 * answers. A plan's latest roadmap is the one of its most recently submitted job that has one; a plan without one is
 * answered {@code 404} here, for every answer built on it.
 */
@Component
public class RoadmapStore {

    /** The plan's roadmaps, the one of the most recently submitted job first, as in {@link RoadmapRepository}. */
    private static final String LATEST_STAMP_SQL = """
            select r.job_id, r.plan_version, r.updated_at, j.status
            from roadmaps r join solve_jobs j on j.id = r.job_id
            where r.plan_id = ? order by j.submitted_at desc, j.id desc
            limit 1""";

    private final RoadmapRepository roadmaps;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final PlanService plans;

    RoadmapStore(RoadmapRepository roadmaps, JdbcTemplate jdbc, ObjectMapper json, Clock clock, PlanService plans) {
        this.roadmaps = roadmaps;
        this.jdbc = jdbc;
        this.json = StoredText.storing(json);
        this.clock = clock;
        this.plans = plans;
    }

    /** Stores the best roadmap of the job that solves {@code solved}, replacing the one stored before. */
    @Transactional
    public void save(String jobId, PlanSnapshot solved, Roadmap roadmap) {
        RoadmapEntity entity = roadmaps.findById(jobId)
                .orElseGet(() -> new RoadmapEntity(jobId, solved.planId(), solved.version()));
        entity.update(roadmap.score(), roadmap.feasible(), write(roadmap), clock.instant());
        roadmaps.save(entity);
    }

    /**
     * Which roadmap is the plan's latest, read without its document. Every read of a latest roadmap or projection
     * asks this first, so it is one plain SQL query on an auto-commit connection: through JPA (a session and a
     * transaction) it cost ten times as much, a fifth of such a request.
     *
     * @throws NotFoundException when there is no such plan or it has never been solved
     */
    public RoadmapStamp latestStampOf(String planId) {
        return jdbc.query(LATEST_STAMP_SQL, (row, index) -> new RoadmapStamp(
                        row.getString("job_id"),
                        planId,
                        row.getLong("plan_version"),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        SolveStatus.valueOf(row.getString("status"))),
                planId).stream().findFirst().orElseThrow(() -> noRoadmap(planId));
    }

    /**
     * The roadmap {@code stamp} names as it is stored now, which may be a little newer than the stamp if its solve
     * improved it meanwhile.
     */
    @Transactional(readOnly = true)
    public StoredRoadmap roadmapOf(RoadmapStamp stamp) {
        return ofJob(stamp.jobId()).orElseThrow(() -> noRoadmap(stamp.planId()));
    }

    /** @throws NotFoundException when there is no such plan or it has never been solved */
    @Transactional(readOnly = true)
    StoredRoadmap latestOf(String planId) {
        return findLatestOf(planId).orElseThrow(() -> noRoadmap(planId));
    }

    /** The plan's latest roadmap, if it has one; empty also when there is no such plan. */
    @Transactional(readOnly = true)
    public Optional<StoredRoadmap> findLatestOf(String planId) {
        return roadmaps.latestOfPlan(planId, PageRequest.of(0, 1)).stream().findFirst().map(this::stored);
    }

    /**
     * What is proven about the job's best roadmap so far, if it has one: read from the stored roadmap without
     * building its assignments.
     */
    @Transactional(readOnly = true)
    public Optional<Optimality> optimalityOf(String jobId) {
        return roadmaps.findById(jobId).map(entity -> entity.readDocument(this::readOptimality));
    }

    /** The job's best roadmap so far, if it has one. */
    @Transactional(readOnly = true)
    public Optional<StoredRoadmap> ofJob(String jobId) {
        return roadmaps.findById(jobId).map(this::stored);
    }

    private NotFoundException noRoadmap(String planId) {
        plans.get(planId); // an unknown plan is its own 404
        return new NotFoundException(Text.format("Plan {0} has no roadmap yet: solve it first.",
                "Kế hoạch {0} chưa có lộ trình: hãy giải trước.", planId));
    }

    private StoredRoadmap stored(RoadmapEntity entity) {
        return entity.toStoredRoadmap(document -> {
            try {
                return json.readValue(document, Roadmap.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored roadmap of job " + entity.getId() + " is unreadable", e);
            }
        });
    }

    /** The optimality of a stored roadmap: the rest of the document is skipped, not built. */
    private Optimality readOptimality(String document) {
        try {
            OptimalityOnly read = json.readerFor(OptimalityOnly.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(document);
            // A roadmap stored before optimality was reported has none.
            return read.optimality() == null ? Roadmap.NOT_PROVEN : read.optimality();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored roadmap is unreadable", e);
        }
    }

    private record OptimalityOnly(Optimality optimality) {
    }

    private String write(Roadmap roadmap) {
        try {
            return json.writeValueAsString(roadmap);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a roadmap could not be written as JSON", e);
        }
    }
}
