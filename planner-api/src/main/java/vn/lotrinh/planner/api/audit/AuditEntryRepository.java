package vn.lotrinh.planner.api.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, String> {

    /** The plan's entries and those naming it as their subject (a scenario derived from it), newest first. */
    @Query("""
            select e from AuditEntryEntity e where e.planId = :planId or e.subjectId = :planId
            order by e.recordedAt desc, e.id desc""")
    List<AuditEntryEntity> ofPlan(@Param("planId") String planId, Pageable page);

    @Query("select e from AuditEntryEntity e order by e.recordedAt desc, e.id desc")
    List<AuditEntryEntity> latest(Pageable page);
}
