package vn.lotrinh.planner.core.plan.read;

import java.util.List;

/**
 * Errors and warnings as the English of their messages, so that a test states what it expects in one language;
 * {@code PlanMessagesTest} checks that each of them reads in Vietnamese too.
 */
public final class InEnglish {

    private InEnglish() {
    }

    public static PlanError error(String pointer, String english) {
        return new PlanError(pointer, Text.verbatim(english));
    }

    public static PlanWarning warning(String pointer, String english) {
        return new PlanWarning(pointer, Text.verbatim(english));
    }

    public static List<PlanError> errors(List<PlanError> errors) {
        return errors.stream().map(e -> error(e.pointer(), e.message().english())).toList();
    }

    public static List<PlanWarning> warnings(List<PlanWarning> warnings) {
        return warnings.stream().map(w -> warning(w.pointer(), w.message().english())).toList();
    }
}
