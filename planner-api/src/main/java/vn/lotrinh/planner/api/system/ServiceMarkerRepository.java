package vn.lotrinh.planner.api.system;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceMarkerRepository extends JpaRepository<ServiceMarkerEntity, String> {
}
