package vn.lotrinh.planner.api.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * The language of the request being answered, as its {@code Accept-Language} prefers ({@link Language#of}):
 * Vietnamese unless the reader asks for English. Outside a request, {@link Language#DEFAULT}.
 */
public final class ReaderLanguage {

    private ReaderLanguage() {
    }

    public static Language current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Language.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return Language.DEFAULT;
    }

    /** The text in the language of the request being answered. */
    public static String of(Text text) {
        return in(text, current());
    }

    public static String in(Text text, Language language) {
        return language == Language.EN ? text.english() : text.vietnamese();
    }
}
