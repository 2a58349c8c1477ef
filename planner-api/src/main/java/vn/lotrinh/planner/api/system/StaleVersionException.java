package vn.lotrinh.planner.api.system;

import org.springframework.http.HttpStatus;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A write was based on a version that is no longer current: {@code 412} when the {@code If-Match} precondition failed,
 * {@code 409} when the body carried the stale version.
 */
public class StaleVersionException extends DetailedException {

    private final HttpStatus status;
    private final long currentVersion;

    private StaleVersionException(HttpStatus status, Text detail, long currentVersion) {
        super(detail);
        this.status = status;
        this.currentVersion = currentVersion;
    }

    /** @param what what was written, {@code plan p1} */
    public static StaleVersionException preconditionFailed(Text what, long currentVersion) {
        return new StaleVersionException(HttpStatus.PRECONDITION_FAILED, Text.format(
                "If-Match does not match: {0} is at version {1}", "If-Match không khớp: {0} đang ở phiên bản {1}",
                what, currentVersion), currentVersion);
    }

    public static StaleVersionException conflict(Text what, long staleVersion, long currentVersion) {
        return new StaleVersionException(HttpStatus.CONFLICT, Text.format(
                "the request is based on version {0} but {1} is at version {2}",
                "yêu cầu dựa trên phiên bản {0} nhưng {1} đang ở phiên bản {2}", staleVersion, what, currentVersion),
                currentVersion);
    }

    public HttpStatus status() {
        return status;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
