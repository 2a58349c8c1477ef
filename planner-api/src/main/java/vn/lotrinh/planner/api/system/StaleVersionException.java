package vn.lotrinh.planner.api.system;

import org.springframework.http.HttpStatus;

/**
 * A write was based on a version that is no longer current: {@code 412} when the {@code If-Match} precondition failed,
 * {@code 409} when the body carried the stale version.
 */
public class StaleVersionException extends RuntimeException {

    private final HttpStatus status;
    private final long currentVersion;

    private StaleVersionException(HttpStatus status, String message, long currentVersion) {
        super(message);
        this.status = status;
        this.currentVersion = currentVersion;
    }

    public static StaleVersionException preconditionFailed(String what, long currentVersion) {
        return new StaleVersionException(HttpStatus.PRECONDITION_FAILED,
                "If-Match does not match: " + what + " is at version " + currentVersion, currentVersion);
    }

    public static StaleVersionException conflict(String what, long staleVersion, long currentVersion) {
        return new StaleVersionException(HttpStatus.CONFLICT,
                "the request is based on version " + staleVersion + " but " + what + " is at version " + currentVersion,
                currentVersion);
    }

    public HttpStatus status() {
        return status;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
