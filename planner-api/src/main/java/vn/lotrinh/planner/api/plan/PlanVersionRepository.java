package vn.lotrinh.planner.api.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanVersionRepository extends JpaRepository<PlanVersionEntity, PlanVersionId> {

    @Query("select v from PlanVersionEntity v where v.id.planId = :planId order by v.id.version")
    List<PlanVersionEntity> ofPlan(@Param("planId") String planId);

    /** Keeps the document of a version the plan no longer holds; returns the number of rows changed. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update PlanVersionEntity v set v.document = :document
            where v.id.planId = :planId and v.id.version = :version""")
    int keepDocument(@Param("planId") String planId, @Param("version") long version,
            @Param("document") String document);
}
