package vn.lotrinh.planner.api.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<PlanEntity, String> {

    @Query("""
            select new vn.lotrinh.planner.api.plan.PlanSummary(p.id, p.name, p.version, p.createdAt, p.updatedAt,
                p.parentId, p.parentVersion)
            from PlanEntity p order by p.createdAt, p.id""")
    List<PlanSummary> summaries();

    /** The scenarios derived from the plan, the first created first. */
    List<PlanEntity> findByParentIdOrderByCreatedAtAscIdAsc(String parentId);

    @Query("select p.version from PlanEntity p where p.id = :id")
    Optional<Long> versionOf(@Param("id") String id);

    /** Replaces the document if the plan is still at {@code expectedVersion}; returns the number of rows changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update PlanEntity p
            set p.name = :name, p.document = :document, p.version = p.version + 1, p.updatedAt = :now
            where p.id = :id and p.version = :expectedVersion""")
    int replace(@Param("id") String id, @Param("expectedVersion") long expectedVersion, @Param("name") String name,
            @Param("document") String document, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PlanEntity p where p.id = :id")
    int deleteByIdReturningCount(@Param("id") String id);
}
