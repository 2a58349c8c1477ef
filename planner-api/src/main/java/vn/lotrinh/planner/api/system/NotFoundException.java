package vn.lotrinh.planner.api.system;

import vn.lotrinh.planner.core.plan.read.Text;

/** A request named a plan, job or roadmap that does not exist: answered {@code 404}. */
public class NotFoundException extends DetailedException {

    public NotFoundException(Text detail) {
        super(detail);
    }
}
