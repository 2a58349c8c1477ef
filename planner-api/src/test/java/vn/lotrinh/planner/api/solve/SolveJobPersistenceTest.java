package vn.lotrinh.planner.api.solve;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.data.domain.PageRequest;
import vn.lotrinh.planner.api.plan.PlanEntity;
import vn.lotrinh.planner.core.plan.Objective;

/** Solve jobs, their snapshots and roadmaps through the real schema: status transitions and cascades. */
@DataJpaTest(showSql = false)
class SolveJobPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");

    @Autowired
    EntityManager entities;

    @Autowired
    SolveJobRepository jobs;

    @Autowired
    RoadmapRepository roadmaps;

    @Autowired
    PlanSnapshotRepository snapshots;

    String planId;

    @BeforeEach
    void plan() {
        planId = UUID.randomUUID().toString();
        entities.persist(new PlanEntity(planId, "Kế hoạch", "{}", T0));
        entities.flush();
    }

    @Test
    void jobLeavesQueuedOnlyOnce() {
        String id = job(T0);

        assertThat(jobs.markSolving(id, T0)).isEqualTo(1);
        assertThat(jobs.markSolving(id, T0)).isZero();
        assertThat(jobs.findById(id).orElseThrow().toSolveJob().status()).isEqualTo(SolveStatus.SOLVING);
    }

    @Test
    void finishedJobIsNotMovedBackByALateWriter() {
        String id = job(T0);
        jobs.markSolving(id, T0);
        jobs.finish(id, List.of(SolveStatus.SOLVING), SolveStatus.TERMINATED, "0hard/0medium/5soft", null, T0);

        assertThat(jobs.recordBestScore(id, "0hard/0medium/1soft")).isZero();
        assertThat(jobs.finish(id, List.of(SolveStatus.QUEUED, SolveStatus.SOLVING), SolveStatus.COMPLETED, null, null,
                T0)).isZero();
        SolveJob job = jobs.findById(id).orElseThrow().toSolveJob();
        assertThat(job.status()).isEqualTo(SolveStatus.TERMINATED);
        assertThat(job.bestScore()).isEqualTo("0hard/0medium/5soft");
    }

    @Test
    void restartFailsQueuedAndSolvingJobsAndLeavesFinishedOnes() {
        String queued = job(T0);
        String solving = job(T0);
        String completed = job(T0);
        jobs.markSolving(solving, T0);
        jobs.markSolving(completed, T0);
        jobs.finish(completed, List.of(SolveStatus.SOLVING), SolveStatus.COMPLETED, "0hard/0medium/1soft", null, T0);

        assertThat(jobs.failUnfinished("service restarted while solving", T0)).isEqualTo(2);

        assertThat(jobs.findAllById(List.of(queued, solving))).map(SolveJobEntity::toSolveJob).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(SolveStatus.FAILED);
            assertThat(job.reason()).isEqualTo("service restarted while solving");
        });
        assertThat(jobs.findById(completed).orElseThrow().toSolveJob().status()).isEqualTo(SolveStatus.COMPLETED);
    }

    @Test
    void latestRoadmapOfAPlanIsTheOneOfItsNewestJob() {
        String older = job(T0);
        String newer = job(T0.plusSeconds(1));
        roadmap(newer);
        roadmap(older);

        assertThat(roadmaps.latestOfPlan(planId, PageRequest.of(0, 1)))
                .singleElement().extracting(RoadmapEntity::getId).isEqualTo(newer);
    }

    @Test
    void deletingThePlanDeletesItsJobsSnapshotsAndRoadmaps() {
        String id = job(T0);
        roadmap(id);

        entities.createNativeQuery("delete from plans where id = ?1").setParameter(1, planId).executeUpdate();
        entities.clear();

        assertThat(jobs.findById(id)).isEmpty();
        assertThat(snapshots.findById(id)).isEmpty();
        assertThat(roadmaps.findById(id)).isEmpty();
    }

    private String job(Instant submittedAt) {
        String id = UUID.randomUUID().toString();
        jobs.save(new SolveJobEntity(id, planId, 1, Objective.VALUE_OVER_TIME, submittedAt));
        snapshots.save(new PlanSnapshotEntity(id, "{}"));
        entities.flush();
        return id;
    }

    private void roadmap(String jobId) {
        RoadmapEntity roadmap = new RoadmapEntity(jobId, planId, 1);
        roadmap.update("0hard/0medium/1soft", true, "{}", T0);
        roadmaps.save(roadmap);
        entities.flush();
    }
}
