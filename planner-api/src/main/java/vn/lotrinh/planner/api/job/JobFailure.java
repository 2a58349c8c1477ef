package vn.lotrinh.planner.api.job;

import java.util.Arrays;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Why a job failed, stored by name and told in the reader's language. Jobs that earlier versions of the service
 * failed carry the English sentence itself, which is read back as the same failure.
 */
public enum JobFailure {
    SOLVER_FAILED(Text.of("the solver failed unexpectedly; the failure has been logged",
            "bộ giải gặp lỗi ngoài dự kiến; lỗi đã được ghi lại")),
    RESTARTED(Text.of("service restarted while solving", "dịch vụ khởi động lại trong khi đang giải"));

    private final Text text;

    JobFailure(Text text) {
        this.text = text;
    }

    /** The stored reason of a failed job in both languages, {@code null} for a job that did not fail. */
    public static Text describe(String stored) {
        if (stored == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(failure -> failure.name().equals(stored) || failure.text.english().equals(stored))
                .findFirst()
                .map(failure -> failure.text)
                .orElse(Text.verbatim(stored));
    }
}
