package vn.lotrinh.planner.api.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Answers errors that never reached a controller (rejected by the container or a filter) with a problem document,
 * replacing Spring Boot's whitelabel and JSON error pages.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // No code: the error path was requested like any other address, where there is nothing.
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND
                : code instanceof Integer value && HttpStatus.resolve(value) != null
                        ? HttpStatus.valueOf(value)
                        : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is2xxSuccessful() || status.is3xxRedirection()) {
            status = HttpStatus.NOT_FOUND;
        }
        Text detail = status.is5xxServerError()
                ? ProblemTexts.UNEXPECTED
                : Text.format("The request could not be handled: {0}.", "Không xử lý được yêu cầu: {0}.",
                        status.getReasonPhrase());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ReaderLanguage.current().tag())
                .body(Problems.of(status, Text.verbatim(status.getReasonPhrase()), detail));
    }
}
