package vn.lotrinh.planner.api.job;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Solve jobs. Every status change is conditional on the current status and returns the number of rows changed. */
@Transactional
interface SolveJobRepository extends JpaRepository<SolveJobEntity, String> {

    List<SolveJobEntity> findByPlanIdOrderBySubmittedAtDesc(String planId);

    @Modifying(clearAutomatically = true)
    @Query("""
            update SolveJobEntity j set j.status = vn.lotrinh.planner.api.job.SolveStatus.SOLVING, j.startedAt = :now
            where j.id = :id and j.status = vn.lotrinh.planner.api.job.SolveStatus.QUEUED""")
    int markSolving(@Param("id") String id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true)
    @Query("""
            update SolveJobEntity j set j.bestScore = :score
            where j.id = :id and j.status = vn.lotrinh.planner.api.job.SolveStatus.SOLVING""")
    int recordBestScore(@Param("id") String id, @Param("score") String score);

    @Modifying(clearAutomatically = true)
    @Query("""
            update SolveJobEntity j
            set j.status = :status, j.bestScore = coalesce(:score, j.bestScore), j.failureReason = :reason,
                j.finishedAt = :now
            where j.id = :id and j.status in :from""")
    int finish(@Param("id") String id, @Param("from") Collection<SolveStatus> from,
            @Param("status") SolveStatus status, @Param("score") String score, @Param("reason") String reason,
            @Param("now") Instant now);

    /** Marks every job still queued or solving as failed: they belong to a service that stopped. */
    @Modifying(clearAutomatically = true)
    @Query("""
            update SolveJobEntity j
            set j.status = vn.lotrinh.planner.api.job.SolveStatus.FAILED, j.failureReason = :reason,
                j.finishedAt = :now
            where j.status in (vn.lotrinh.planner.api.job.SolveStatus.QUEUED,
                               vn.lotrinh.planner.api.job.SolveStatus.SOLVING)""")
    int failUnfinished(@Param("reason") String reason, @Param("now") Instant now);
}
