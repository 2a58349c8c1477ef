package vn.lotrinh.planner.api.job;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Solve jobs; their status changes are {@link JobRepository}'s, conditional on the current status. */
@Transactional
interface SolveJobRepository extends JobRepository<SolveJobEntity> {

    @Modifying(clearAutomatically = true)
    @Query("""
            update SolveJobEntity j set j.bestScore = :score
            where j.id = :id and j.status = vn.lotrinh.planner.api.job.SolveStatus.SOLVING""")
    int recordBestScore(@Param("id") String id, @Param("score") String score);
}
