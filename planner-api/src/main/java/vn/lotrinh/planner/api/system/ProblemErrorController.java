package vn.lotrinh.planner.api.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reached a controller (rejected by the container or a filter) with a problem document,
 * replacing Spring Boot's whitelabel and JSON error pages.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is2xxSuccessful() || status.is3xxRedirection()) {
            status = HttpStatus.NOT_FOUND;
        }
        String detail = status.is5xxServerError()
                ? "The service failed unexpectedly; the failure has been logged."
                : "The request could not be handled: " + status.getReasonPhrase() + ".";
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, status.getReasonPhrase(), detail));
    }
}
