package vn.lotrinh.planner.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.Problems;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Answers a request that may not go on: {@code 401} when nobody is signed in, {@code 403} when the user's role does
 * not allow it (or a signed-in browser session sent no valid CSRF token), both as problem documents in the reader's
 * language. A browser asking for a page is sent to the login form instead.
 */
final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN_PAGE = "/login.html";
    /** Sent by the web page's script, so that an expired session does not open the browser's own password dialog. */
    private static final String PAGE_SCRIPT_HEADER = "X-Requested-With";

    private final MessageSource messages;
    private final ObjectMapper json;

    AccessProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (asksForAPage(request)) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        if (request.getHeader(PAGE_SCRIPT_HEADER) == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lotrinh\", charset=\"UTF-8\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "access.problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // A request without credentials is refused by the CSRF check before anyone is asked who it is: it is a 401.
        if (!signedIn()) {
            commence(request, response, null);
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? "access.problem.csrf" : "access.problem.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Problems.write(response, json, Problems.of(status, text(key + ".title"), text(key + ".detail")),
                request.getRequestURI());
    }

    private Text text(String key) {
        return Text.of(messages.getMessage(key, null, Language.EN.locale()),
                messages.getMessage(key, null, Language.VI.locale()));
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** A browser's navigation: a GET that names HTML itself, not through a wildcard. */
    private static boolean asksForAPage(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod()) || request.getHeader(HttpHeaders.ACCEPT) == null) {
            return false;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
            return accepted.stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
