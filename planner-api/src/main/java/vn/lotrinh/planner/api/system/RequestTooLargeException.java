package vn.lotrinh.planner.api.system;

import java.io.IOException;
import org.springframework.util.unit.DataSize;

/**
 * A request body grew past the configured limit while it was being read. An {@link IOException} so that it travels
 * through the message converters, which wrap it; the problem advice finds it in the cause chain.
 */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(DataSize limit) {
        super("the request body is larger than the limit of " + limit.toMegabytes() + " MB");
    }
}
