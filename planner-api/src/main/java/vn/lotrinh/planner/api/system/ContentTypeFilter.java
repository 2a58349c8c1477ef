package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Refuses with {@code 415} a {@code Content-Type} that no body can have — a wildcard such as {@code *}{@code /*} or
 * {@code text/*}, or one that does not parse — on every request, before Spring MVC reads it: MVC takes a wildcard
 * there for a programming error and answers {@code 500}.
 */
@Component
// After Spring Security's filters (order -100): a caller without credentials hears 401 first.
@Order(0)
class ContentTypeFilter extends OncePerRequestFilter {

    private static final Text TITLE = Text.of("Unsupported media type", "Kiểu nội dung không được hỗ trợ");

    private final ObjectMapper json;

    ContentTypeFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !concrete(contentType)) {
            ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TITLE, Text.format(
                    "Content-Type '{0}' names no media type a body can have; name one, such as application/json.",
                    "Content-Type '{0}' không phải kiểu nội dung cụ thể; hãy ghi rõ, ví dụ application/json.",
                    contentType));
            problem.setProperty("header", HttpHeaders.CONTENT_TYPE);
            Problems.write(response, json, problem, request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
