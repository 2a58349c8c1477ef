package vn.lotrinh.planner.api.projection;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.system.Downloads;
import vn.lotrinh.planner.core.projection.ProjectionSettings;

/**
 * The cost projection of a plan's latest roadmap as JSON, CSV or Excel. The CSV and Excel forms are at their own
 * paths ({@code projection.csv}, {@code projection.xlsx}) and also at {@code projection} for a client that asks for
 * them with {@code Accept}. The JSON is answered gzip-encoded to clients that accept it.
 */
@RestController
class ProjectionController {

    private static final String SIMULATIONS = "Monte Carlo runs, 0 to 100000; 0 skips Monte Carlo. Default 10000.";
    private static final String SEED = "Seed of the runs: the same seed gives the same figures. Default 42.";

    private final ProjectionService projections;

    ProjectionController(ProjectionService projections) {
        this.projections = projections;
    }

    @GetMapping(path = "/api/plans/{planId}/projection", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectionResponse.class)))
    ResponseEntity<byte[]> latest(@PathVariable String planId,
            @Parameter(description = SIMULATIONS) @RequestParam(required = false) String simulations,
            @Parameter(description = SEED) @RequestParam(required = false) String seed,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        return projections.latestOfPlanAsJson(planId, ProjectionQuery.settings(simulations, seed))
                .response(acceptEncoding);
    }

    @GetMapping(path = {"/api/plans/{planId}/projection.csv", "/api/plans/{planId}/projection"}, produces = Downloads.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String planId,
            @Parameter(description = SIMULATIONS) @RequestParam(required = false) String simulations,
            @Parameter(description = SEED) @RequestParam(required = false) String seed) {
        ProjectionSettings settings = ProjectionQuery.settings(simulations, seed);
        return Downloads.csv(projections.latestAsCsv(planId, settings), "projection-" + planId + ".csv");
    }

    @GetMapping(path = {"/api/plans/{planId}/projection.xlsx", "/api/plans/{planId}/projection"}, produces = Downloads.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String planId,
            @Parameter(description = SIMULATIONS) @RequestParam(required = false) String simulations,
            @Parameter(description = SEED) @RequestParam(required = false) String seed) {
        ProjectionSettings settings = ProjectionQuery.settings(simulations, seed);
        return Downloads.xlsx(projections.latestAsXlsx(planId, settings), "projection-" + planId + ".xlsx");
    }
}
