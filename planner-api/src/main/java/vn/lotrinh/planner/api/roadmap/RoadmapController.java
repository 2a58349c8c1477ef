package vn.lotrinh.planner.api.roadmap;

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
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.ReportHeadings;

/**
 * Roadmaps as JSON, CSV or Excel. The CSV and Excel forms are at their own paths ({@code roadmap.csv},
 * {@code roadmap.xlsx}) and also at {@code roadmap} for a client that asks for them with {@code Accept}. The latest
 * roadmap's JSON is answered gzip-encoded to clients that accept it.
 */
@RestController
class RoadmapController {

    private final RoadmapService roadmaps;

    RoadmapController(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GetMapping(path = "/api/solves/{jobId}/roadmap", produces = MediaType.APPLICATION_JSON_VALUE)
    RoadmapResponse ofJob(@PathVariable String jobId) {
        return roadmaps.ofJob(jobId);
    }

    @GetMapping(path = "/api/plans/{planId}/roadmap", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoadmapResponse.class)))
    ResponseEntity<byte[]> latest(@PathVariable String planId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        Language language = Language.of(acceptLanguage);
        return roadmaps.latestOfPlanAsJson(planId, language).response(acceptEncoding, language);
    }

    @GetMapping(path = {"/api/plans/{planId}/roadmap.csv", "/api/plans/{planId}/roadmap"}, produces = Downloads.CSV)
    ResponseEntity<byte[]> csv(@PathVariable String planId) {
        return Downloads.csv(roadmaps.latestAsCsv(planId), "roadmap-" + planId + ".csv");
    }

    @GetMapping(path = {"/api/plans/{planId}/roadmap.xlsx", "/api/plans/{planId}/roadmap"}, produces = Downloads.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String planId,
            @Parameter(description = ReportHeadings.LANG_PARAMETER) @RequestParam(required = false) String lang) {
        return Downloads.xlsx(roadmaps.latestAsXlsx(planId, Language.ofQuery(lang)), "roadmap-" + planId + ".xlsx");
    }
}
