package vn.lotrinh.planner.api.system;

import vn.lotrinh.planner.core.plan.read.Text;

/** An uploaded file is of a kind the service does not read: answered {@code 415}. */
public class UnsupportedFileTypeException extends DetailedException {

    public UnsupportedFileTypeException(Text detail) {
        super(detail);
    }
}
