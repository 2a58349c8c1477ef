package vn.lotrinh.planner.api.sample;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceMarkerRepository extends JpaRepository<ServiceMarkerEntity, String> {
}
