package vn.lotrinh.planner.api.system;

import java.time.Duration;
import vn.lotrinh.planner.core.plan.read.Text;

/** The service cannot take more work now (e.g. the solve queue is full): answered {@code 503} with Retry-After. */
public class ServiceBusyException extends DetailedException {

    private final Duration retryAfter;
    public ServiceBusyException(Text detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
