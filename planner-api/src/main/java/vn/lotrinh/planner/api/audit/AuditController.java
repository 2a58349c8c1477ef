package vn.lotrinh.planner.api.audit;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first: one plan's, or every plan's. */
@RestController
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/plans/{planId}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditEntry> ofPlan(@PathVariable String planId,
            @RequestParam(defaultValue = "" + AuditTrail.DEFAULT_LIMIT) String limit) {
        return audit.ofPlan(planId, limit);
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditEntry> latest(@RequestParam(defaultValue = "" + AuditTrail.DEFAULT_LIMIT) String limit) {
        return audit.latest(limit);
    }
}
