package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/** Builds RFC 9457 problem details the same way everywhere: advice, error controller and filters. */
public final class Problems {

    private Problems() {
    }

    /** A problem with its title and detail in the language of the request being answered. */
    public static ProblemDetail of(HttpStatusCode status, Text title, Text detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ReaderLanguage.of(detail));
        problem.setTitle(ReaderLanguage.of(title));
        return problem;
    }

    /**
     * A problem listing every error found, each with a JSON Pointer into the request and a message (written in the
     * reader's language by {@link TextJson}).
     */
    public static ProblemDetail withErrors(HttpStatusCode status, Text title, Text detail, List<PlanError> errors) {
        ProblemDetail problem = of(status, title, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes a problem straight to the servlet response, for code that runs outside Spring MVC. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem, String path)
            throws IOException {
        problem.setInstance(URI.create(path));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ReaderLanguage.current().tag());
        json.writeValue(response.getOutputStream(), problem);
    }
}
