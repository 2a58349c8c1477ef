package vn.lotrinh.planner.api.solve;

import jakarta.annotation.PostConstruct;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.job.JobFailure;
import vn.lotrinh.planner.api.job.JobStore;

/**
 * On start, before any request is served, marks {@code FAILED} every job of every kind (solves, frontiers) that a
 * previous run of the service left queued or solving: nothing will run them any more. What they wrote so far (best
 * roadmaps, finished frontier points) is kept.
 */
@Component
class RestartRecovery {


    private static final Logger log = LoggerFactory.getLogger(RestartRecovery.class);

    private final List<JobStore<?>> stores;

    RestartRecovery(List<JobStore<?>> stores) {
        this.stores = stores;
    }

    @PostConstruct
    void failJobsOfThePreviousRun() {
        for (JobStore<?> store : stores) {
            int failed = store.failUnfinished(JobFailure.RESTARTED);
            if (failed > 0) {
                log.warn("{} {}(s) left queued or solving by the previous run are now FAILED", failed, store.kind());
            }
        }
    }
}
