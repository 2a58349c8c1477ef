package vn.lotrinh.planner.api.job;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSnapshotRepository extends JpaRepository<PlanSnapshotEntity, String> {
}
