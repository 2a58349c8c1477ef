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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.job.SolveJob;

/** Starting, watching and stopping solves; every answer is a job as JSON. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class SolveController {

    private final SolveService solves;

    SolveController(SolveService solves) {
        this.solves = solves;
    }

    /** Queues a solve of the plan's current version; {@code 202} at once, the job at {@code Location}. */
    @PostMapping("/api/plans/{planId}/solve")
    ResponseEntity<SolveJob> solve(@PathVariable String planId,
            @RequestBody(required = false) SolveRequest request) {
        SolveJob job = solves.submit(planId, request == null ? SolveRequest.empty() : request);
        return ResponseEntity.accepted().location(URI.create("/api/solves/" + job.jobId())).body(job);
    }

    @GetMapping("/api/plans/{planId}/solves")
    List<SolveJob> jobsOfPlan(@PathVariable String planId) {
        return solves.jobsOfPlan(planId);
    }

    @GetMapping("/api/solves/{jobId}")
    SolveJob job(@PathVariable String jobId) {
        return solves.job(jobId);
    }

    /** Asks the job to stop early; it keeps its best roadmap so far and ends {@code TERMINATED}. */
    @DeleteMapping("/api/solves/{jobId}")
    ResponseEntity<SolveJob> stop(@PathVariable String jobId) {
        return ResponseEntity.accepted().body(solves.stop(jobId));
    }
}
