package vn.lotrinh.planner.api.roadmap;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoadmapRepository extends JpaRepository<RoadmapEntity, String> {

    /** The plan's roadmaps, the one of the most recently submitted job first. */
    @Query("""
            select r from RoadmapEntity r join SolveJobEntity j on j.id = r.id
            where r.planId = :planId order by j.submittedAt desc, j.id desc""")
    List<RoadmapEntity> latestOfPlan(@Param("planId") String planId, Pageable page);
}
