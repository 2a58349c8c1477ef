package vn.lotrinh.planner.api.frontier;

import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.job.JobRepository;

/** Frontiers; their status changes are {@link JobRepository}'s, conditional on the current status. */
@Transactional
interface FrontierRepository extends JobRepository<FrontierEntity> {
}
