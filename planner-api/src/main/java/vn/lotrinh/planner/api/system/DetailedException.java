package vn.lotrinh.planner.api.system;

import vn.lotrinh.planner.core.plan.read.Text;

/**
 * A refusal that the problem advice answers with its {@link #detail} in the reader's language; the exception's own
 * message is the English, for logs.
 */
public abstract class DetailedException extends RuntimeException {

    private final transient Text detail;

    protected DetailedException(Text detail) {
        super(detail.english());
        this.detail = detail;
    }

    /** What went wrong, in both languages. */
    public Text detail() {
        return detail;
    }
}
