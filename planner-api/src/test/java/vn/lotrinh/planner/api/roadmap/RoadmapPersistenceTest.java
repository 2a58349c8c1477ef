package vn.lotrinh.planner.api.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.lotrinh.planner.api.PersistenceTest;
import vn.lotrinh.planner.api.job.PlanSnapshotEntity;
import vn.lotrinh.planner.api.job.SolveJobEntity;
import vn.lotrinh.planner.api.job.SolveJobFixtures;

/** Roadmaps through the real schema: which one is a plan's latest, and the cascade from a deleted plan. */
@PersistenceTest
class RoadmapPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");

    @Autowired
    EntityManager entities;

    @Autowired
    RoadmapRepository roadmaps;

    String planId;

    @BeforeEach
    void plan() {
        planId = SolveJobFixtures.persistPlan(entities);
    }

    @Test
    void latestRoadmapOfAPlanIsTheOneOfItsNewestJob() {
        String older = SolveJobFixtures.persistJob(entities, planId, T0);
        String newer = SolveJobFixtures.persistJob(entities, planId, T0.plusSeconds(1));
        roadmap(newer);
        roadmap(older);

        assertThat(roadmaps.latestOfPlan(planId, PageRequest.of(0, 1)))
                .singleElement().extracting(RoadmapEntity::getId).isEqualTo(newer);
    }

    @Test
    void deletingThePlanDeletesItsJobsSnapshotsAndRoadmaps() {
        String id = SolveJobFixtures.persistJob(entities, planId, T0);
        roadmap(id);

        entities.createNativeQuery("delete from plans where id = ?1").setParameter(1, planId).executeUpdate();
        entities.clear();

        assertThat(entities.find(SolveJobEntity.class, id)).isNull();
        assertThat(entities.find(PlanSnapshotEntity.class, id)).isNull();
        assertThat(roadmaps.findById(id)).isEmpty();
    }

    private void roadmap(String jobId) {
        RoadmapEntity roadmap = new RoadmapEntity(jobId, planId, 1);
        roadmap.update("0hard/0medium/1soft", true, "{}", T0);
        roadmaps.save(roadmap);
        entities.flush();
    }
}
