package vn.lotrinh.planner.api.frontier;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrontierPointRepository extends JpaRepository<FrontierPointEntity, String> {

    /** The points of the frontiers, each frontier's in the order of its scales. */
    List<FrontierPointEntity> findByFrontierIdInOrderByPointIndex(Collection<String> frontierIds);
}
