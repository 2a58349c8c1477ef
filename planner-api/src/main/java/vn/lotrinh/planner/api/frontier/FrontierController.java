package vn.lotrinh.planner.api.frontier;

import io.swagger.v3.oas.annotations.Operation;
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

/** Tracing, watching and stopping budget frontiers; every answer is a frontier as JSON, or a list of them. */
@RestController
class FrontierController {

    private final FrontierService frontiers;

    FrontierController(FrontierService frontiers) {
        this.frontiers = frontiers;
    }

    @Operation(summary = "Trace the budget frontier of the plan's current version",
            description = "Queues the plan to be solved with its budgets, or one funding source's, scaled by each "
                    + "factor in ascending order; 202 at once, the frontier at Location.")
    @PostMapping(path = "/api/plans/{planId}/frontier", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Frontier> trace(@PathVariable String planId,
            @RequestBody(required = false) FrontierRequest request) {
        Frontier frontier = frontiers.submit(planId, request == null ? FrontierRequest.empty() : request);
        return ResponseEntity.accepted().location(URI.create("/api/frontiers/" + frontier.frontierId()))
                .body(frontier);
    }

    @Operation(summary = "The plan's frontiers, the most recently submitted first")
    @GetMapping(path = "/api/plans/{planId}/frontiers", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Frontier> frontiersOfPlan(@PathVariable String planId) {
        return frontiers.frontiersOfPlan(planId);
    }

    @Operation(summary = "A frontier with the points found so far")
    @GetMapping(path = "/api/frontiers/{frontierId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Frontier frontier(@PathVariable String frontierId) {
        return frontiers.frontier(frontierId);
    }

    @Operation(summary = "Stop a frontier early, keeping its points; it ends TERMINATED")
    @DeleteMapping(path = "/api/frontiers/{frontierId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Frontier> stop(@PathVariable String frontierId) {
        return ResponseEntity.accepted().body(frontiers.stop(frontierId));
    }
}
