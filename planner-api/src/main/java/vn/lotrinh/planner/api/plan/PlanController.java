package vn.lotrinh.planner.api.plan;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.system.Downloads;

/**
 * Plans as {@code roadmap-plan/1} documents. Bodies are read as bytes and parsed by the plan format's own mapper, so
 * numbers stay exact and unknown fields are kept.
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanSummary> create(@RequestBody byte[] body) {
        StoredPlan stored = plans.create(PlanDocument.parse(body));
        return ResponseEntity.created(URI.create("/api/plans/" + stored.id()))
                .eTag(IfMatch.tagOf(stored.version()))
                .body(stored.summary());
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<PlanSummary> list() {
        return plans.list();
    }

    /**
     * The document with {@code id} and {@code version} in front, and for a scenario {@code parentId},
     * {@code parentVersion} and {@code parentExists}; the version is also the entity tag.
     */
    @GetMapping(path = "/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> get(@PathVariable String planId) {
        StoredPlan stored = plans.get(planId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(IfMatch.tagOf(stored.version()))
                .body(PlanDocument.withEnvelope(stored.documentJson(), stored.id(), stored.version(),
                        stored.origin()));
    }

    /** The stored document alone, as a file to download. */
    @GetMapping(path = "/{planId}/plan.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> download(@PathVariable String planId) {
        StoredPlan stored = plans.get(planId);
        return Downloads.attachment(MediaType.APPLICATION_JSON, "plan-" + planId + ".json")
                .eTag(IfMatch.tagOf(stored.version()))
                .body(stored.documentJson().getBytes(StandardCharsets.UTF_8));
    }

    @PutMapping(path = "/{planId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanSummary> replace(@PathVariable String planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody byte[] body) {
        StoredPlan stored = plans.replace(planId, PlanDocument.parse(body), IfMatch.parse(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.tagOf(stored.version())).body(stored.summary());
    }

    @DeleteMapping("/{planId}")
    ResponseEntity<Void> delete(@PathVariable String planId) {
        plans.delete(planId);
        return ResponseEntity.noContent().build();
    }
}
