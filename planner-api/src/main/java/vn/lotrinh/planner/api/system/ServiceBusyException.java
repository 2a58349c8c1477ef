package vn.lotrinh.planner.api.system;

import java.time.Duration;
import vn.lotrinh.planner.core.plan.read.Text;

/** The service cannot take more work now (e.g. the solve queue is full): answered {@code 503} with Retry-After. */
public class ServiceBusyException extends RuntimeException {

    private final Duration retryAfter;
    private final transient Text detail;

    public ServiceBusyException(Text detail, Duration retryAfter) {
        super(detail.english());
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    public Text detail() {
        return detail;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
