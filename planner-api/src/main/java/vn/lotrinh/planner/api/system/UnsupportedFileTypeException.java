package vn.lotrinh.planner.api.system;

/** An uploaded file is of a kind the service does not read: answered {@code 415}. */
public class UnsupportedFileTypeException extends RuntimeException {

    public UnsupportedFileTypeException(String message) {
        super(message);
    }
}
