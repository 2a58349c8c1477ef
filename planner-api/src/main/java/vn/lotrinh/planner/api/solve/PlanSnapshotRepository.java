package vn.lotrinh.planner.api.solve;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSnapshotRepository extends JpaRepository<PlanSnapshotEntity, String> {
}
