package vn.lotrinh.planner.api.system;

import java.time.Duration;

/** The service cannot take more work now (e.g. the solve queue is full): answered {@code 503} with Retry-After. */
public class ServiceBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ServiceBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
