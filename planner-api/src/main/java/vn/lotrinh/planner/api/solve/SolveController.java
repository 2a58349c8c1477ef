package vn.lotrinh.planner.api.solve;

import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.job.SolveJob;

/** Starting, watching and stopping solves. */
@RestController
class SolveController {

    private final SolveService solves;

    SolveController(SolveService solves) {
        this.solves = solves;
    }

    /** Queues a solve of the plan's current version; {@code 202} at once, the job at {@code Location}. */
    @PostMapping(path = "/api/plans/{planId}/solve", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SolveJob> solve(@PathVariable String planId,
            @RequestBody(required = false) SolveRequest request) {
        SolveJob job = solves.submit(planId, request == null ? SolveRequest.empty() : request);
        return ResponseEntity.accepted().location(URI.create("/api/solves/" + job.jobId())).body(job);
    }

    @GetMapping(path = "/api/plans/{planId}/solves", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SolveJob> jobsOfPlan(@PathVariable String planId) {
        return solves.jobsOfPlan(planId);
    }

    @GetMapping(path = "/api/solves/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    SolveJob job(@PathVariable String jobId) {
        return solves.job(jobId);
    }

    /** Asks the job to stop early; it keeps its best roadmap so far and ends {@code TERMINATED}. */
    @DeleteMapping(path = "/api/solves/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SolveJob> stop(@PathVariable String jobId) {
        return ResponseEntity.accepted().body(solves.stop(jobId));
    }
}
