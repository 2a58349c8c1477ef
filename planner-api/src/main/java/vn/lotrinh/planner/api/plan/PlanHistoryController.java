package vn.lotrinh.planner.api.plan;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every version of a plan and what changed between two. */
@RestController
@RequestMapping(path = "/api/plans/{planId}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanHistoryController {

    private final PlanHistoryService history;

    PlanHistoryController(PlanHistoryService history) {
        this.history = history;
    }

    @GetMapping
    List<PlanVersion> versions(@PathVariable String planId) {
        return history.versions(planId);
    }

    /** The document of that version with {@code id} and {@code version} in front, as {@code GET /api/plans/{id}}. */
    @GetMapping("/{v}")
    ResponseEntity<byte[]> version(@PathVariable String planId, @PathVariable("v") String version) {
        StoredPlan stored = history.version(planId, version, "/v");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(IfMatch.tagOf(stored.version()))
                .body(PlanDocument.withEnvelope(stored.documentJson(), stored.id(), stored.version(),
                        stored.origin()));
    }

    @GetMapping("/{v}/diff/{w}")
    PlanDiffResponse diff(@PathVariable String planId, @PathVariable("v") String from,
            @PathVariable("w") String to) {
        return history.diff(planId, from, to);
    }
}
