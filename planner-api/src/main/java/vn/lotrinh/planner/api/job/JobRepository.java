package vn.lotrinh.planner.api.job;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs of one kind, each kind in a table of its own. Every status change is conditional on the current status and
 * returns the number of rows changed.
 */
@NoRepositoryBean
@Transactional
public interface JobRepository<E extends JobEntity> extends JpaRepository<E, String> {

    List<E> findByPlanIdOrderBySubmittedAtDesc(String planId);

    @Modifying(clearAutomatically = true)
    @Query("""
            update #{#entityName} j set j.status = vn.lotrinh.planner.api.job.SolveStatus.SOLVING, j.startedAt = :now
            where j.id = :id and j.status = vn.lotrinh.planner.api.job.SolveStatus.QUEUED""")
    int markSolving(@Param("id") String id, @Param("now") Instant now);

    @Modifying(clearAutomatically = true)
    @Query("""
            update #{#entityName} j set j.status = :status, j.failureReason = :reason, j.finishedAt = :now
            where j.id = :id and j.status in :from""")
    int finish(@Param("id") String id, @Param("from") Collection<SolveStatus> from,
            @Param("status") SolveStatus status, @Param("reason") String reason, @Param("now") Instant now);

    /** Marks every job still queued or solving as failed: they belong to a service that stopped. */
    @Modifying(clearAutomatically = true)
    @Query("""
            update #{#entityName} j
            set j.status = vn.lotrinh.planner.api.job.SolveStatus.FAILED, j.failureReason = :reason,
                j.finishedAt = :now
            where j.status in (vn.lotrinh.planner.api.job.SolveStatus.QUEUED,
                               vn.lotrinh.planner.api.job.SolveStatus.SOLVING)""")
    int failUnfinished(@Param("reason") String reason, @Param("now") Instant now);
}
