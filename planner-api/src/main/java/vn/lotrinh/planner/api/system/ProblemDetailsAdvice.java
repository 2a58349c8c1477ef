package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.lotrinh.planner.core.plan.read.DocumentLimits;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;

/**
 * Turns every exception of a request into an RFC 9457 problem ({@code application/problem+json}). Invalid input
 * lists every error with a JSON Pointer; unexpected failures are logged here and answered without internals.
 */
@RestControllerAdvice
@EnableConfigurationProperties(ApiProperties.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ApiProperties properties;

    ProblemDetailsAdvice(ApiProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(InvalidPlanException.class)
    ResponseEntity<Object> invalidPlan(InvalidPlanException e, WebRequest request) {
        List<PlanError> errors = e.errors();
        if (e instanceof LimitExceededException) {
            return problem(limitExceeded(errors), request);
        }
        if (e instanceof MalformedJsonException) {
            return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, "Malformed JSON",
                    "The body is not a JSON object.", errors), request);
        }
        String detail = errors.size() == 1
                ? "The plan has 1 error."
                : "The plan has " + errors.size() + " errors.";
        return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, "Invalid plan", detail, errors), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e, WebRequest request) {
        return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.errors()),
                request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage()), request);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e, WebRequest request) {
        ProblemDetail problem = Problems.of(e.status(), "Stale version", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem(problem, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        ProblemDetail problem = e.errors().isEmpty() ? Problems.of(HttpStatus.CONFLICT, e.title(), e.getMessage())
                : Problems.withErrors(HttpStatus.CONFLICT, e.title(), e.getMessage(), e.errors());
        e.properties().forEach(problem::setProperty);
        return problem(problem, request);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyFailureException e, WebRequest request) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return problem(Problems.of(HttpStatus.CONFLICT, "Concurrent change",
                "Another request changed the same data at the same time; read it again and retry."), request);
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<Object> busy(ServiceBusyException e, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service busy", e.getMessage());
        return createResponseEntity(problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(UnsupportedFileTypeException.class)
    ResponseEntity<Object> unsupportedFile(UnsupportedFileTypeException e, WebRequest request) {
        return problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type", e.getMessage()),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure of {}", request.getDescription(false), e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The service failed unexpectedly; the failure has been logged."), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestTooLargeException.class)) {
            return problem(tooLarge(), request);
        }
        StreamConstraintsException exceeded = cause(e, StreamConstraintsException.class);
        if (exceeded != null) {
            return problem(limitExceeded(List.of(DocumentLimits.error(exceeded))), request);
        }
        PlanError error = new PlanError(pointer(e), describe(e));
        return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The request body could not be read as JSON.", List.of(error)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(tooLarge(), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "Not found",
                "There is no " + e.getHttpMethod() + " /" + e.getResourcePath() + "."), request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        // Set explicitly so that a client asking for CSV or Excel still gets the problem rather than a 406.
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private static ProblemDetail limitExceeded(List<PlanError> errors) {
        return Problems.withErrors(HttpStatus.BAD_REQUEST, "Limit exceeded",
                "The body is nested too deep or holds too long a text, name or number.", errors);
    }

    private ProblemDetail tooLarge() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                "The request body is larger than the limit of " + properties.maxRequestSize().toMegabytes() + " MB.");
    }

    private ResponseEntity<Object> problem(ProblemDetail problem, WebRequest request) {
        return createResponseEntity(problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static String pointer(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null
                            ? "/" + ref.getFieldName().replace("~", "~0").replace("/", "~1")
                            : "/" + ref.getIndex())
                    .collect(Collectors.joining());
        }
        return "";
    }

    private static String describe(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return "not valid JSON: " + json.getOriginalMessage();
        }
        return "the request body is missing or unreadable";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
