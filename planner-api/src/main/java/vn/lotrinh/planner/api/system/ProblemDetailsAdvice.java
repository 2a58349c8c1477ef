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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.lotrinh.planner.core.plan.read.DocumentLimits;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

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
            return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, ProblemTexts.MALFORMED_JSON,
                    Text.of("The body is not a JSON object.", "Nội dung không phải là một đối tượng JSON."), errors),
                    request);
        }
        Text detail = errors.size() == 1
                ? Text.of("The plan has 1 error.", "Kế hoạch có 1 lỗi.")
                : Text.format("The plan has {0} errors.", "Kế hoạch có {0} lỗi.", errors.size());
        return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, ProblemTexts.INVALID_PLAN, detail, errors),
                request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e, WebRequest request) {
        return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, ProblemTexts.INVALID_REQUEST, e.detail(),
                e.errors()), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTexts.NOT_FOUND, e.detail()), request);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e, WebRequest request) {
        ProblemDetail problem = Problems.of(e.status(), ProblemTexts.STALE_VERSION, e.detail());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem(problem, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        ProblemDetail problem = e.errors().isEmpty() ? Problems.of(HttpStatus.CONFLICT, e.title(), e.detail())
                : Problems.withErrors(HttpStatus.CONFLICT, e.title(), e.detail(), e.errors());
        e.properties().forEach(problem::setProperty);
        return problem(problem, request);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyFailureException e, WebRequest request) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return problem(Problems.of(HttpStatus.CONFLICT, ProblemTexts.CONCURRENT_CHANGE, Text.of(
                "Another request changed the same data at the same time; read it again and retry.",
                "Một yêu cầu khác đã thay đổi cùng dữ liệu vào cùng lúc; hãy đọc lại rồi thử lại.")), request);
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<Object> busy(ServiceBusyException e, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTexts.SERVICE_BUSY, e.detail());
        return createResponseEntity(problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(UnsupportedFileTypeException.class)
    ResponseEntity<Object> unsupportedFile(UnsupportedFileTypeException e, WebRequest request) {
        return problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTexts.UNSUPPORTED_FILE, e.detail()),
                request);
    }

    /** A multipart body that does not parse; one too large is {@link MaxUploadSizeExceededException}, a 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e, WebRequest request) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, ProblemTexts.MALFORMED_BODY, Text.format(
                "The multipart form could not be read: {0}.", "Không đọc được biểu mẫu nhiều phần: {0}.",
                String.valueOf(root.getMessage()))), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure of {}", request.getDescription(false), e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTexts.INTERNAL_ERROR,
                ProblemTexts.UNEXPECTED), request);
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
        return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, ProblemTexts.MALFORMED_BODY, Text.of(
                "The request body could not be read as JSON.", "Không đọc được nội dung yêu cầu dưới dạng JSON."),
                List.of(error)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(tooLarge(), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, ProblemTexts.NOT_FOUND, Text.format("There is no {0} /{1}.",
                "Không có {0} /{1}.", e.getHttpMethod(), e.getResourcePath())), request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        // Set explicitly so that a client asking for CSV or Excel still gets the problem rather than a 406.
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        problemHeaders.set(HttpHeaders.CONTENT_LANGUAGE, ReaderLanguage.current().tag());
        problemHeaders.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private static ProblemDetail limitExceeded(List<PlanError> errors) {
        return Problems.withErrors(HttpStatus.BAD_REQUEST, Text.of("Limit exceeded", "Vượt giới hạn"), Text.of(
                "The body is nested too deep or holds too long a text, name or number.",
                "Nội dung lồng quá sâu hoặc có văn bản, tên hay số quá dài."), errors);
    }

    private ProblemDetail tooLarge() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTexts.TOO_LARGE,
                ProblemTexts.tooLarge(properties.maxRequestSize()));
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

    private static Text describe(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return Text.format("not valid JSON: {0}", "không phải JSON hợp lệ: {0}", json.getOriginalMessage());
        }
        return Text.of("the request body is missing or unreadable", "nội dung yêu cầu bị thiếu hoặc không đọc được");
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
