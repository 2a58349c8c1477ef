package vn.lotrinh.planner.api.solve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.PlanReader;
import vn.lotrinh.planner.core.roadmap.Roadmap;

/** Writes and reads the roadmaps of solve jobs, and the plan snapshots they were solved from. */
@Component
public class RoadmapStore {

    private final RoadmapRepository roadmaps;
    private final PlanSnapshotRepository snapshots;
    private final ObjectMapper json;
    private final Clock clock;

    RoadmapStore(RoadmapRepository roadmaps, PlanSnapshotRepository snapshots, ObjectMapper json, Clock clock) {
        this.roadmaps = roadmaps;
        this.snapshots = snapshots;
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

    /** Which roadmap {@link #latestOfPlan} would answer, read without its document. */
    @Transactional(readOnly = true)
    public Optional<RoadmapStamp> latestStampOfPlan(String planId) {
        return roadmaps.latestStampOfPlan(planId, PageRequest.of(0, 1)).stream().findFirst();
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
