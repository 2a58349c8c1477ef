package vn.lotrinh.planner.api.job;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lotrinh.planner.api.PersistenceTest;

/** Solve jobs through the real schema: status transitions that only move forward. */
@PersistenceTest
class SolveJobPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");

    @Autowired
    EntityManager entities;

    @Autowired
    SolveJobRepository jobs;

    String planId;

    @BeforeEach
    void plan() {
        planId = SolveJobFixtures.persistPlan(entities);
    }

    @Test
    void jobLeavesQueuedOnlyOnce() {
        String id = SolveJobFixtures.persistJob(entities, planId, T0);

        assertThat(jobs.markSolving(id, T0)).isEqualTo(1);
        assertThat(jobs.markSolving(id, T0)).isZero();
        assertThat(jobs.findById(id).orElseThrow().toSolveJob().status()).isEqualTo(SolveStatus.SOLVING);
    }

    @Test
    void finishedJobIsNotMovedBackByALateWriter() {
        String id = SolveJobFixtures.persistJob(entities, planId, T0);
        jobs.markSolving(id, T0);
        jobs.recordBestScore(id, "0hard/0medium/5soft");
        jobs.finish(id, List.of(SolveStatus.SOLVING), SolveStatus.TERMINATED, null, T0);

        assertThat(jobs.recordBestScore(id, "0hard/0medium/1soft")).isZero();
        assertThat(jobs.finish(id, List.of(SolveStatus.QUEUED, SolveStatus.SOLVING), SolveStatus.COMPLETED, null, T0))
                .isZero();
        SolveJob job = jobs.findById(id).orElseThrow().toSolveJob();
        assertThat(job.status()).isEqualTo(SolveStatus.TERMINATED);
        assertThat(job.bestScore()).isEqualTo("0hard/0medium/5soft");
    }

    @Test
    void restartFailsQueuedAndSolvingJobsAndLeavesFinishedOnes() {
        String queued = SolveJobFixtures.persistJob(entities, planId, T0);
        String solving = SolveJobFixtures.persistJob(entities, planId, T0);
        String completed = SolveJobFixtures.persistJob(entities, planId, T0);
        jobs.markSolving(solving, T0);
        jobs.markSolving(completed, T0);
        jobs.finish(completed, List.of(SolveStatus.SOLVING), SolveStatus.COMPLETED, null, T0);

        assertThat(jobs.failUnfinished(JobFailure.RESTARTED.name(), T0)).isEqualTo(2);

        assertThat(jobs.findAllById(List.of(queued, solving))).map(SolveJobEntity::toSolveJob).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(SolveStatus.FAILED);
            assertThat(job.reason().english()).isEqualTo("service restarted while solving");
            assertThat(job.reason().vietnamese()).isEqualTo("dịch vụ khởi động lại trong khi đang giải");
        });
        assertThat(jobs.findById(completed).orElseThrow().toSolveJob().status()).isEqualTo(SolveStatus.COMPLETED);
    }
}
