package vn.lotrinh.planner.api.solve;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lotrinh.planner.api.job.SolveJobs;

/**
 * On start, before any request is served, marks {@code FAILED} every job that a previous run of the service left
 * queued or solving: nothing will run them any more. Their best roadmaps written so far are kept.
 */
@Component
class RestartRecovery {

    private static final String REASON = "service restarted while solving";

    private static final Logger log = LoggerFactory.getLogger(RestartRecovery.class);

    private final SolveJobs jobs;

    RestartRecovery(SolveJobs jobs) {
        this.jobs = jobs;
    }

    @PostConstruct
    void failJobsOfThePreviousRun() {
        int failed = jobs.failUnfinished(REASON);
        if (failed > 0) {
            log.warn("{} solve job(s) left queued or solving by the previous run are now FAILED", failed);
        }
    }
}
