package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Refuses a query string over {@code lotrinh.api.max-query-length} with {@code 414}. Every query the API takes is a
 * few short parameters; a longer one only costs memory, and one copied into a redirect's {@code Location} (as Swagger
 * UI's entry does) can outgrow the container's response-header buffer, which it answers with a bare {@code 500}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(ApiProperties.class)
class QueryLengthFilter extends OncePerRequestFilter {

    private static final Text TITLE = Text.of("Query too long", "Chuỗi truy vấn quá dài");

    private final int limit;
    private final ObjectMapper json;

    QueryLengthFilter(ApiProperties properties, ObjectMapper json) {
        this.limit = properties.maxQueryLength();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.length() > limit) {
            Problems.write(response, json, Problems.of(HttpStatus.URI_TOO_LONG, TITLE, Text.format(
                    "The query string has {0} characters; at most {1} are accepted.",
                    "Chuỗi truy vấn có {0} ký tự; chỉ chấp nhận tối đa {1}.", query.length(), limit)),
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
