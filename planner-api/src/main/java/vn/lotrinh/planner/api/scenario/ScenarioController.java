package vn.lotrinh.planner.api.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.plan.IfMatch;
import vn.lotrinh.planner.api.plan.PlanDocument;

/**
 * Scenarios of a plan: derived from its current version by a recipe or by a fix, stored as plans of their own. The
 * body is read as bytes by the plan format's own mapper, so that its numbers stay exact.
 */
@RestController
class ScenarioController {

    private final ScenarioService scenarios;

    ScenarioController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Operation(summary = "Derive a scenario from the plan's current version",
            description = "Body: a recipe {name, description?, budgetScale?, budgetChanges?, capacityChanges?, "
                    + "componentChanges?, remove?}, or {fromFix: componentId, name?, description?} to turn the "
                    + "cheapest fix of a component the latest roadmap defers into one. 201 with the new plan at "
                    + "Location; 400 naming every bad field of the request, 404 for an unknown plan, 409 when a "
                    + "scenario from a fix has no roadmap of the current version or no fix to start from.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(type = "object"))))
    @PostMapping(path = "/api/plans/{planId}/scenarios", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScenarioCreated> create(@PathVariable String planId, @RequestBody byte[] body) {
        ScenarioCreated created = scenarios.create(planId, PlanDocument.parseRequest(body));
        return ResponseEntity.created(URI.create("/api/plans/" + created.id()))
                .eTag(IfMatch.tagOf(created.version()))
                .body(created);
    }

    @Operation(summary = "The plan's scenarios, the first created first, with their latest objective values")
    @GetMapping(path = "/api/plans/{planId}/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ScenarioSummary> scenariosOf(@PathVariable String planId) {
        return scenarios.scenariosOf(planId);
    }
}
