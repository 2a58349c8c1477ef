package vn.lotrinh.planner.api.system;

/** A request named a plan, job or roadmap that does not exist: answered {@code 404}. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
