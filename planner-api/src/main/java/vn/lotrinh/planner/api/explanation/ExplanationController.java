package vn.lotrinh.planner.api.explanation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.system.Language;

/**
 * Explanations of roadmaps, written in the language {@code Accept-Language} prefers (Vietnamese unless English is
 * asked for) and named by {@code Content-Language}; gzip-encoded to clients that accept it.
 */
@RestController
class ExplanationController {

    private static final String LANGUAGES = "vi (the default) or en; another language is answered in Vietnamese";
    private static final String ANSWERED_LANGUAGE = "the language of the texts: vi or en";

    private final ExplanationService explanations;

    ExplanationController(ExplanationService explanations) {
        this.explanations = explanations;
    }

    @Operation(summary = "Why each component of the plan's latest roadmap is where it is",
            description = "For every deferred component what each start it could take would break and its cheapest "
                    + "verified fix; for every scheduled one that starts later than it could, what each earlier start "
                    + "would break. 404 for an unknown plan or one never solved.")
    @ApiResponse(responseCode = "200", headers = @Header(name = HttpHeaders.CONTENT_LANGUAGE,
            description = ANSWERED_LANGUAGE), content = @Content(schema = @Schema(
                    implementation = ExplanationResponse.class)))
    @GetMapping(path = "/api/plans/{planId}/roadmap/explanation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> latest(@PathVariable String planId,
            @Parameter(description = LANGUAGES, example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        Language language = Language.of(acceptLanguage);
        return explanations.latestOfPlan(planId, language).response(acceptEncoding, language);
    }

    @Operation(summary = "Why each component of the job's roadmap is where it is",
            description = "As the plan's latest roadmap's explanation, for the best roadmap of this job so far. 404 "
                    + "for an unknown job or one without a roadmap yet.")
    @ApiResponse(responseCode = "200", headers = @Header(name = HttpHeaders.CONTENT_LANGUAGE,
            description = ANSWERED_LANGUAGE), content = @Content(schema = @Schema(
                    implementation = ExplanationResponse.class)))
    @GetMapping(path = "/api/solves/{jobId}/explanation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> ofJob(@PathVariable String jobId,
            @Parameter(description = LANGUAGES, example = "en")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        Language language = Language.of(acceptLanguage);
        return explanations.ofJob(jobId, language).response(acceptEncoding, language);
    }
}
