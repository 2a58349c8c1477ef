package vn.lotrinh.planner.api.projection;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.system.Downloads;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.ReportHeadings;

/**
 * The cost projection of a plan's latest roadmap as JSON, CSV or Excel. The CSV and Excel forms are at their own
 * paths ({@code projection.csv}, {@code projection.xlsx}) and also at {@code projection} for a client that asks for
 * them with {@code Accept}. The JSON is answered gzip-encoded to clients that accept it.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class ProjectionController {

    private final ProjectionService projections;

    ProjectionController(ProjectionService projections) {
        this.projections = projections;
    }

    @GetMapping(path = "/projection", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectionResponse.class)))
    ResponseEntity<byte[]> latest(@PathVariable String planId, @ParameterObject ProjectionQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        return projections.latestOfPlanAsJson(planId, query.settings()).response(acceptEncoding);
    }

    @GetMapping(path = {"/projection.csv", "/projection"}, produces = Downloads.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String planId, @ParameterObject ProjectionQuery query) {
        return Downloads.csv(projections.latestAsCsv(planId, query.settings()), "projection-" + planId + ".csv");
    }

    @GetMapping(path = {"/projection.xlsx", "/projection"}, produces = Downloads.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String planId, @ParameterObject ProjectionQuery query,
            @Parameter(description = ReportHeadings.LANG_PARAMETER) @RequestParam(required = false) String lang) {
        return Downloads.xlsx(projections.latestAsXlsx(planId, query.settings(), Language.ofQuery(lang)),
                "projection-" + planId + ".xlsx");
    }
}
