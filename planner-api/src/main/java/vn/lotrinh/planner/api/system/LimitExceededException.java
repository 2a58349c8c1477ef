package vn.lotrinh.planner.api.system;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import vn.lotrinh.planner.core.plan.read.DocumentLimits;
import vn.lotrinh.planner.core.plan.read.InvalidPlanException;

/** A JSON body beyond one of the {@link DocumentLimits}: answered {@code 400} naming the limit, at pointer {@code ""}. */
public class LimitExceededException extends InvalidPlanException {

    public LimitExceededException(StreamConstraintsException e) {
        super(List.of(DocumentLimits.error(e)));
    }
}
