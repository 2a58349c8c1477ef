package vn.lotrinh.planner.api.system;

import vn.lotrinh.planner.core.plan.read.Text;

/** An uploaded file is of a kind the service does not read: answered {@code 415}. */
public class UnsupportedFileTypeException extends RuntimeException {

    private final transient Text detail;

    public UnsupportedFileTypeException(Text detail) {
        super(detail.english());
        this.detail = detail;
    }

    public Text detail() {
        return detail;
    }
}
